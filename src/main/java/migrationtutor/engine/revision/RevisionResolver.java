package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns identifiers and symbols into revisions, as Alembic's {@code RevisionMap} resolution code.
 *
 * <p>Covers {@code _resolve_revision_number}, {@code get_revisions}, {@code get_revision}, {@code
 * _revision_for_ident} (exact id or label, then a unique prefix of any length matched against keys
 * longer than three characters), {@code _resolve_branch}, {@code filter_for_lineage}, {@code
 * _shares_lineage}, {@code get_current_head} and {@code _walk}. Results may hold null (Python's
 * None, a walk that ran off the end) and {@link RevisionNode#BASE} (a walk below a base).
 */
final class RevisionResolver {
  /** {@code _resolve_revision_number}'s result: ids (empty for base) and the branch label. */
  record Resolved(List<String> ids, String branchLabel) {}

  private final RevisionGraph graph;

  RevisionResolver(RevisionGraph graph) {
    this.graph = graph;
  }

  Resolved resolveRevisionNumber(RevisionArgument argument) {
    if (argument instanceof RevisionArgument.Several several) {
      return new Resolved(several.ids(), null);
    }
    String id = ((RevisionArgument.Single) argument).text();
    String branchLabel = null;
    if (id != null && id.contains("@")) {
      branchLabel = id.substring(0, id.indexOf('@'));
      id = id.substring(id.indexOf('@') + 1);
    }
    if ("heads".equals(id)) {
      List<String> heads =
          truthy(branchLabel)
              ? filterIdsForLineage(RevisionGraph.ids(graph.heads), branchLabel, false)
              : RevisionGraph.ids(graph.realHeads);
      return new Resolved(heads, branchLabel);
    } else if ("head".equals(id)) {
      String head = getCurrentHead(branchLabel);
      return new Resolved(head == null ? List.of() : List.of(head), branchLabel);
    } else if (id == null || "base".equals(id)) {
      return new Resolved(List.of(), branchLabel);
    }
    return new Resolved(List.of(id), branchLabel);
  }

  List<RevisionNode> getRevisions(RevisionArgument argument) {
    if (argument instanceof RevisionArgument.Several several) {
      List<RevisionNode> all = new ArrayList<>();
      for (String id : several.ids()) {
        all.addAll(getRevisions(RevisionArgument.of(id)));
      }
      return all;
    }
    Resolved resolved = resolveRevisionNumber(argument);
    if (resolved.ids().size() == 1) {
      OptionalLong number = PythonText.parseInt(resolved.ids().get(0));
      if (number.isPresent() && number.getAsLong() < 0) {
        return walkDownFromHeads(resolved.branchLabel(), number.getAsLong());
      }
    }
    List<RevisionNode> revisions = new ArrayList<>();
    for (String id : resolved.ids()) {
      revisions.add(revisionForIdent(id, resolved.branchLabel()));
    }
    return revisions;
  }

  /** {@code branch@-n}: walk down from every (matching) head. */
  private List<RevisionNode> walkDownFromHeads(String branchLabel, long steps) {
    List<RevisionNode> selectHeads = getRevisions(RevisionArgument.of("heads"));
    List<RevisionNode> walked = new ArrayList<>();
    for (RevisionNode head : selectHeads) {
      if (branchLabel == null
          || RevisionGraph.requireRevision(head).branchLabels.contains(branchLabel)) {
        walked.add(walk(head, steps, null, true));
      }
    }
    return walked;
  }

  RevisionNode getRevision(String id) {
    Resolved resolved = resolveRevisionNumber(RevisionArgument.of(id));
    if (resolved.ids().size() > 1) {
      throw new MultipleHeadsException(resolved.ids(), id == null ? "None" : id);
    }
    String single = resolved.ids().isEmpty() ? null : resolved.ids().get(0);
    return revisionForIdent(single, resolved.branchLabel());
  }

  /** An exact id/label or a unique prefix; null id means Python's {@code ()} key, i.e. None. */
  RevisionNode revisionForIdent(String resolvedId, String checkBranch) {
    RevisionNode branchRev = truthy(checkBranch) ? resolveBranch(checkBranch) : null;
    RevisionNode revision = resolvedId == null ? null : graph.map.get(resolvedId);
    if (resolvedId != null && revision == null) {
      revision = revisionForPrefix(resolvedId, checkBranch, branchRev);
    }
    if (truthy(checkBranch)
        && revision != null
        && !sharesLineage(revision, List.of(branchRev.id()), false)) {
      throw new ResolutionException(
          "Revision " + revision.id() + " is not a member of branch '" + checkBranch + "'",
          resolvedId);
    }
    return revision;
  }

  private RevisionNode revisionForPrefix(
      String resolvedId, String checkBranch, RevisionNode branchRev) {
    if (resolvedId.isEmpty()) {
      throw InternalRevisionError.assertion(); // Alembic: assert resolved_id
    }
    List<String> matches = new ArrayList<>();
    for (String key : graph.map.keySet()) {
      if (key.length() > 3 && key.startsWith(resolvedId)) {
        matches.add(key);
      }
    }
    if (branchRev != null) {
      matches = filterIdsForLineage(matches, checkBranch, false);
    }
    if (matches.isEmpty()) {
      throw new ResolutionException(
          "No such revision or branch '"
              + resolvedId
              + "'"
              + (resolvedId.length() < 4
                  ? "; please ensure at least four characters are present for partial revision"
                      + " identifier matches"
                  : ""),
          resolvedId);
    } else if (matches.size() > 1) {
      List<String> quoted = new ArrayList<>();
      matches.subList(0, Math.min(3, matches.size())).forEach(m -> quoted.add("'" + m + "'"));
      throw new ResolutionException(
          "Multiple revisions start with '"
              + resolvedId
              + "': "
              + String.join(", ", quoted)
              + "...",
          resolvedId);
    }
    return graph.map.get(matches.get(0));
  }

  RevisionNode resolveBranch(String branchLabel) {
    RevisionNode labelled = graph.map.get(branchLabel);
    if (labelled != null) {
      return labelled;
    }
    try {
      return revisionForIdent(branchLabel, null);
    } catch (ResolutionException notFound) {
      throw new ResolutionException("No such branch: '" + branchLabel + "'", branchLabel);
    }
  }

  String getCurrentHead(String branchLabel) {
    List<String> heads = RevisionGraph.ids(graph.heads);
    if (truthy(branchLabel)) {
      heads = filterIdsForLineage(heads, branchLabel, false);
    }
    if (heads.size() > 1) {
      throw new MultipleHeadsException(heads, truthy(branchLabel) ? branchLabel + "@head" : "head");
    }
    return heads.isEmpty() ? null : heads.get(0);
  }

  /** {@code filter_for_lineage} over revisions, keeping their order. */
  List<RevisionNode> filterForLineage(
      List<RevisionNode> targets, String checkAgainst, boolean includeDependencies) {
    List<String> shares = sharesFor(checkAgainst);
    List<RevisionNode> kept = new ArrayList<>();
    for (RevisionNode target : targets) {
      if (shares.isEmpty() || sharesLineage(asRevision(target), shares, includeDependencies)) {
        kept.add(target);
      }
    }
    return kept;
  }

  /** {@code filter_for_lineage} over revision ids (each resolved as an identifier). */
  List<String> filterIdsForLineage(
      List<String> targets, String checkAgainst, boolean includeDependencies) {
    List<String> shares = sharesFor(checkAgainst);
    List<String> kept = new ArrayList<>();
    for (String target : targets) {
      if (shares.isEmpty()
          || sharesLineage(revisionForIdent(target, null), shares, includeDependencies)) {
        kept.add(target);
      }
    }
    return kept;
  }

  /** A walk result used where Alembic expects a revision or looks the string up. */
  private RevisionNode asRevision(RevisionNode node) {
    if (node == RevisionNode.BASE) {
      // Alembic passes the string "base" on to _revision_for_ident.
      return RevisionGraph.requireRevision(revisionForIdent("base", null));
    }
    return RevisionGraph.requireRevision(node);
  }

  private List<String> sharesFor(String checkAgainst) {
    Resolved resolved = resolveRevisionNumber(RevisionArgument.of(checkAgainst));
    List<String> shares = new ArrayList<>();
    if (truthy(resolved.branchLabel())) {
      shares.add(resolved.branchLabel());
    }
    shares.addAll(resolved.ids());
    return shares;
  }

  /** {@code _shares_lineage}: does any of the given revisions sit above or below the target? */
  boolean sharesLineage(RevisionNode target, List<String> testAgainst, boolean includeDeps) {
    if (testAgainst.isEmpty()) {
      return true;
    }
    List<RevisionNode> against = new ArrayList<>();
    for (String id : testAgainst) {
      against.add(revisionForIdent(id, null));
    }
    Set<RevisionNode> lineage =
        RevisionGraph.identitySet(graph.descendants(List.of(target), includeDeps, false));
    lineage.addAll(graph.ancestors(List.of(target), includeDeps, false));
    return against.stream().anyMatch(lineage::contains);
  }

  /**
   * {@code _walk}: step up (positive) or down (negative) one unambiguous revision at a time.
   * Returns null when the walk runs off the tree and {@code noOverwalk} is set, {@link
   * RevisionNode#BASE} when it steps below a base.
   */
  RevisionNode walk(RevisionNode start, long steps, String branchLabel, boolean noOverwalk) {
    RevisionNode current = start;
    for (long i = 0; i < Math.abs(steps); i++) {
      List<RevisionNode> children;
      if (steps > 0) {
        if (current == RevisionNode.BASE) {
          throw InternalRevisionError.assertion();
        }
        List<String> up =
            current == null ? RevisionGraph.ids(graph.bases) : current.nextRevisions();
        List<RevisionNode> walkUp = getRevisions(RevisionArgument.of(up));
        walkUp.forEach(RevisionGraph::requireRevision);
        children = truthy(branchLabel) ? filterForLineage(walkUp, branchLabel, false) : walkUp;
      } else if (current == RevisionNode.BASE) {
        children = List.of();
      } else {
        children = getRevisions(current == null ? headsArgument() : downArgument(current));
        if (children.isEmpty()) {
          children = List.of(RevisionNode.BASE);
        }
      }
      if (children.isEmpty()) {
        return noOverwalk ? null : current;
      } else if (children.size() > 1) {
        throw new RevisionException("Ambiguous walk");
      }
      current = children.get(0);
    }
    return current;
  }

  private RevisionArgument headsArgument() {
    return RevisionArgument.of(RevisionGraph.ids(graph.heads));
  }

  /** {@code down_revision} as Alembic stores it: None, one string, or a tuple. */
  private static RevisionArgument downArgument(RevisionNode node) {
    List<String> down = node.downRevisions();
    return down.size() == 1 ? RevisionArgument.of(down.get(0)) : RevisionArgument.of(down);
  }

  static boolean truthy(String text) {
    return text != null && !text.isEmpty();
  }
}
