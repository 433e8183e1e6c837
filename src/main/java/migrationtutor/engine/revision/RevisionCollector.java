package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Works out which revisions lie between two points, as Alembic's {@code iterate_revisions} with
 * {@code _collect_upgrade_revisions} and {@code _collect_downgrade_revisions}, plus {@code
 * _get_all_current}.
 */
final class RevisionCollector {
  private record Collected(Set<RevisionNode> revisions, List<RevisionNode> heads) {}

  private final RevisionGraph graph;
  private final RevisionResolver resolver;
  private final TargetParser parser;
  private final TopologicalSort sorter;

  RevisionCollector(RevisionGraph graph, RevisionResolver resolver) {
    this.graph = graph;
    this.resolver = resolver;
    this.parser = new TargetParser(graph, resolver, this);
    this.sorter = new TopologicalSort(graph);
  }

  TargetParser parser() {
    return parser;
  }

  /** {@code iterate_revisions}: revisions from upper down to lower, newest first. */
  List<RevisionNode> iterateRevisions(
      RevisionArgument upper,
      RevisionArgument lower,
      boolean implicitBase,
      boolean inclusive,
      boolean assertRelativeLength,
      boolean selectForDowngrade,
      Consumer<String> warnings) {
    Collected collected =
        selectForDowngrade
            ? collectDowngrade(
                upper, lower, inclusive, implicitBase, assertRelativeLength, warnings)
            : collectUpgrade(upper, lower, inclusive, implicitBase, assertRelativeLength, warnings);
    List<RevisionNode> ordered = new ArrayList<>();
    for (String id : sorter.sort(collected.revisions(), collected.heads())) {
      ordered.add(resolver.getRevision(id));
    }
    return ordered;
  }

  private Collected collectDowngrade(
      RevisionArgument upper,
      RevisionArgument target,
      boolean inclusive,
      boolean implicitBase,
      boolean assertRelativeLength,
      Consumer<String> warnings) {
    if (!(target instanceof RevisionArgument.Single single)) {
      throw InternalRevisionError.assertion(); // "Expected downgrade target in string form"
    }
    TargetParser.DowngradeTarget parsed =
        parser.parseDowngradeTarget(upper, single.text(), assertRelativeLength, warnings);
    String branchLabel = parsed.branchLabel();
    RevisionNode targetRevision = parsed.revision() == RevisionNode.BASE ? null : parsed.revision();

    List<RevisionNode> roots = new ArrayList<>();
    if (targetRevision == null) {
      for (RevisionNode rev : graph.map.values()) {
        if (rev.isBase()) {
          roots.add(rev); // labelled bases appear once per key, as in Alembic
        }
      }
    } else if (inclusive) {
      roots.add(targetRevision);
    } else {
      resolver
          .getRevisions(RevisionArgument.of(targetRevision.nextRevisions()))
          .forEach(roots::add);
    }
    if (branchLabel != null && roots.size() > 1) {
      roots = rootsOnBranch(roots, branchLabel);
    }

    List<RevisionNode> heads = resolver.getRevisions(upper);
    // To drop the roots we also drop their descendants and dependants, if they are active.
    Set<RevisionNode> downgrade = RevisionGraph.identitySet(graph.descendants(roots, true, false));
    Set<RevisionNode> active = RevisionGraph.identitySet(graph.ancestors(heads, true, false));
    downgrade.retainAll(active);
    if (implicitBase) {
      Set<RevisionNode> otherBranches = RevisionGraph.identitySet(active);
      otherBranches.removeAll(graph.ancestors(roots, true, false));
      downgrade.addAll(otherBranches);
    }
    if (targetRevision != null && downgrade.isEmpty() && !heads.contains(targetRevision)) {
      throw RangeNotAncestorException.of(RevisionArgument.of("Nothing to drop"), upper);
    }
    return new Collected(downgrade, heads);
  }

  private List<RevisionNode> rootsOnBranch(List<RevisionNode> roots, String branchLabel) {
    Set<RevisionNode> branch =
        RevisionGraph.identitySet(
            graph.ancestors(List.of(resolver.resolveBranch(branchLabel)), false, false));
    List<RevisionNode> kept = new ArrayList<>();
    for (RevisionNode root : roots) {
      if (branch.contains(root) && !kept.contains(root)) {
        kept.add(root);
      }
    }
    if (kept.isEmpty()) {
      throw new RevisionException("Not a valid downgrade target from current heads");
    }
    return kept;
  }

  private Collected collectUpgrade(
      RevisionArgument upper,
      RevisionArgument lower,
      boolean inclusive,
      boolean implicitBase,
      boolean assertRelativeLength,
      Consumer<String> warnings) {
    List<RevisionNode> targets = new ArrayList<>();
    for (RevisionNode rev : parser.parseUpgradeTarget(lower, upper, assertRelativeLength)) {
      targets.add(RevisionGraph.requireRevision(rev));
    }
    if (lower instanceof RevisionArgument.Single single
        && single.text() != null
        && single.text().contains("@")) {
      targets = targetsOnNamedBranch(targets, single.text());
    }
    Set<RevisionNode> required = RevisionGraph.identitySet(graph.ancestors(targets, true, true));
    required.addAll(targets);

    List<RevisionNode> current = resolver.getRevisions(lower);
    if (!implicitBase) {
      for (RevisionNode rev : current) {
        if (rev != null && !required.contains(rev)) {
          throw RangeNotAncestorException.of(lower, upper);
        }
      }
    }
    RevisionArgument effectiveLower = lower;
    if (!current.isEmpty() && current.get(0) == null) {
      // lower was a relative value get_revisions could not walk; read it as a downgrade target
      RevisionNode rev =
          parser
              .parseDowngradeTarget(upper, requireSingle(lower), assertRelativeLength, warnings)
              .revision();
      if (rev == null) {
        throw InternalRevisionError.assertion();
      } else if (rev == RevisionNode.BASE) {
        current = List.of();
        effectiveLower = RevisionArgument.of((String) null);
      } else {
        current = List.of(rev);
        effectiveLower = RevisionArgument.of(rev.id());
      }
    }
    Set<RevisionNode> currentSet = RevisionGraph.identitySet(graph.ancestors(current, true, true));
    currentSet.addAll(current);

    Set<RevisionNode> needs = RevisionGraph.identitySet(required);
    needs.removeAll(currentSet);
    if (inclusive) {
      for (RevisionNode rev : resolver.getRevisions(effectiveLower)) {
        needs.add(RevisionGraph.requireRevision(rev));
      }
    }
    if (!current.isEmpty() && !implicitBase) {
      needs.retainAll(RevisionGraph.identitySet(graph.descendants(current, false, true)));
    }
    return new Collected(needs, targets);
  }

  /** {@code branch@...} as lower end: keep only targets on that branch. */
  private List<RevisionNode> targetsOnNamedBranch(List<RevisionNode> targets, String lower) {
    String branch = lower.substring(0, lower.indexOf('@'));
    RevisionNode branchRev = resolver.getRevision(branch);
    if (branchRev != null && branchRev.id().equals(branch)) {
      // a revision id was used as the label; use that revision's own label
      if (branchRev.branchLabels.size() != 1) {
        throw InternalRevisionError.assertion();
      }
      branch = branchRev.branchLabels.iterator().next();
    }
    List<RevisionNode> kept = new ArrayList<>();
    for (RevisionNode need : targets) {
      if (need.branchLabels.contains(branch) && !kept.contains(need)) {
        kept.add(need);
      }
    }
    return kept;
  }

  private static String requireSingle(RevisionArgument argument) {
    if (argument instanceof RevisionArgument.Single single) {
      return single.text();
    }
    throw InternalRevisionError.assertion();
  }

  /** {@code _get_all_current}: the given revisions with their ancestors, reduced to tips. */
  List<RevisionNode> getAllCurrent(List<String> ids) {
    List<RevisionNode> top = resolver.getRevisions(RevisionArgument.of(ids));
    Set<RevisionNode> all = RevisionGraph.identitySet(top);
    all.addAll(graph.ancestors(top, true, false));
    return inMapOrder(filterIntoBranchHeads(all));
  }

  private Set<RevisionNode> filterIntoBranchHeads(Set<RevisionNode> targets) {
    Set<RevisionNode> kept = RevisionGraph.identitySet(targets);
    for (RevisionNode rev : List.copyOf(targets)) {
      RevisionGraph.requireRevision(rev);
      Set<RevisionNode> above =
          RevisionGraph.identitySet(graph.descendants(List.of(rev), false, false));
      above.remove(rev);
      above.retainAll(kept);
      if (!above.isEmpty()) {
        kept.remove(rev);
      }
    }
    return kept;
  }

  /** Alembic returns a set here (arbitrary order); we use the map's input order. */
  private List<RevisionNode> inMapOrder(Collection<RevisionNode> nodes) {
    Set<RevisionNode> members = RevisionGraph.identitySet(nodes);
    List<RevisionNode> ordered = new ArrayList<>();
    for (Iterator<RevisionNode> it = graph.map.values().iterator(); it.hasNext(); ) {
      RevisionNode node = it.next();
      if (members.remove(node)) {
        ordered.add(node);
      }
    }
    ordered.addAll(members); // e.g. superseded duplicates, not reachable by key
    return ordered;
  }
}
