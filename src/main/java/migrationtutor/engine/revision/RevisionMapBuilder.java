package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the graph from revisions in input order, as Alembic's {@code RevisionMap._revision_map}.
 *
 * <p>The input order stands for Alembic's {@code os.listdir()} order of the versions directory; it
 * decides the order of heads and bases, of next revisions, and (through the topological sort) of
 * migration steps between independent branches. Where Alembic iterates a Python set (labelled
 * revisions, all revisions) this builder uses input order.
 */
final class RevisionMapBuilder {
  private final List<RevisionNode> allNodes = new ArrayList<>();
  private final Map<String, RevisionNode> map = new LinkedHashMap<>();
  private final List<RevisionNode> labelled = new ArrayList<>();
  private final Set<RevisionNode> heads = RevisionGraph.identitySet(List.of());
  private final Set<RevisionNode> realHeads = RevisionGraph.identitySet(List.of());
  private final List<RevisionNode> headOrder = new ArrayList<>();
  private final List<RevisionNode> bases = new ArrayList<>();
  private final List<RevisionNode> realBases = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  RevisionGraph build(List<Revision> revisions) {
    for (Revision revision : revisions) {
      add(new RevisionNode(revision));
    }
    Map<String, RevisionNode> idsOnly = new LinkedHashMap<>(map);
    mapBranchLabels();
    resolveDependencies();
    linkNextRevisions();
    normalizeDependencies();
    CycleDetector.detect(idsOnly, ordered(heads), bases, ordered(realHeads), realBases);
    RevisionGraph graph =
        new RevisionGraph(map, ordered(heads), ordered(realHeads), bases, realBases);
    spreadBranchLabels();
    return graph;
  }

  List<String> warnings() {
    return List.copyOf(warnings);
  }

  private void add(RevisionNode node) {
    allNodes.add(node);
    if (map.containsKey(node.id())) {
      warnings.add("Revision " + node.id() + " is present more than once");
    }
    // A later duplicate wins the id, but keeps the first one's position (dict semantics); the
    // earlier node stays among the heads and bases, as in Alembic.
    map.put(node.id(), node);
    if (!node.revision().branchLabels().isEmpty()) {
      labelled.add(node);
    }
    heads.add(node);
    realHeads.add(node);
    headOrder.add(node);
    if (node.isBase()) {
      bases.add(node);
    }
    if (node.isRealBase()) {
      realBases.add(node);
    }
  }

  private List<RevisionNode> ordered(Set<RevisionNode> members) {
    List<RevisionNode> result = new ArrayList<>();
    for (RevisionNode node : headOrder) {
      if (members.contains(node)) {
        result.add(node);
      }
    }
    return result;
  }

  /** {@code _map_branch_labels}: labels become lookup keys; a taken key is an error. */
  private void mapBranchLabels() {
    for (RevisionNode node : labelled) {
      for (String label : node.revision().branchLabels()) {
        RevisionNode taken = map.get(label);
        if (taken != null) {
          throw new RevisionException(
              "Branch name '"
                  + label
                  + "' in revision "
                  + node.id()
                  + " already used by revision "
                  + taken.id());
        }
        map.put(label, node);
      }
    }
  }

  /** {@code _add_depends_on}: depends_on entries (ids or labels) become revision ids. */
  private void resolveDependencies() {
    for (RevisionNode node : allNodes) {
      List<String> resolved = new ArrayList<>();
      for (String dependency : node.dependencies()) {
        RevisionNode target = map.get(dependency);
        if (target == null) {
          throw new MissingRevisionException(dependency, node.id(), true);
        }
        resolved.add(target.id());
      }
      node.resolvedDependencies = List.copyOf(resolved);
    }
  }

  /** Fills {@code nextrev} / {@code _all_nextrev} and removes non-heads. */
  private void linkNextRevisions() {
    Set<RevisionNode> done = RevisionGraph.identitySet(List.of());
    for (RevisionNode node : map.values()) {
      if (!done.add(node)) {
        continue; // labelled revisions appear once per label; the work is idempotent
      }
      for (String downId : node.allDownRevisions()) {
        RevisionNode down = map.get(downId);
        if (down == null) {
          throw new MissingRevisionException(downId, node.id(), false, node.nextRevisions.size());
        }
        down.allNextRevisions.add(node.id());
        if (node.downRevisions().contains(down.id())) {
          down.nextRevisions.add(node.id());
        }
        if (node.downRevisions().contains(downId)) {
          heads.remove(down);
        }
        realHeads.remove(down);
      }
    }
  }

  /** {@code _normalize_depends_on}: drop dependencies an ancestor already depends on. */
  private void normalizeDependencies() {
    for (RevisionNode node : allNodes) {
      if (node.resolvedDependencies.isEmpty()) {
        node.normalizedResolvedDependencies = List.of();
        continue;
      }
      // Alembic builds a set here; we keep the declaration order of the survivors.
      Set<String> normalized = new LinkedHashSet<>(node.resolvedDependencies);
      List<RevisionNode> ancestors =
          RevisionGraph.iterateRelated(RevisionNode::downRevisions, List.of(node), map, false);
      for (RevisionNode ancestor : ancestors) {
        if (ancestor != node) {
          normalized.removeAll(ancestor.resolvedDependencies);
        }
      }
      node.normalizedResolvedDependencies = List.copyOf(normalized);
    }
  }

  /**
   * {@code _add_branches}: a label spreads to every descendant and, from the last descendant
   * visited, down the branch until a real branch point or a merge point.
   */
  private void spreadBranchLabels() {
    for (RevisionNode node : labelled) {
      List<RevisionNode> descendants =
          RevisionGraph.iterateRelated(
              revision -> revision.nextRevisions, List.of(node), map, false);
      for (RevisionNode descendant : descendants) {
        descendant.branchLabels.addAll(List.copyOf(node.branchLabels));
      }
      RevisionNode parent = descendants.get(descendants.size() - 1);
      while (!parent.isRealBranchPoint() && !parent.isMergePoint()) {
        parent.branchLabels.addAll(List.copyOf(node.branchLabels));
        if (parent.downRevisions().isEmpty()) {
          break;
        }
        parent = map.get(parent.downRevisions().get(0));
        if (parent == null) {
          break;
        }
      }
    }
  }

  /** Alembic's {@code _detect_cycles}, run on the id-only map before labels are added. */
  private static final class CycleDetector {
    private CycleDetector() {}

    static void detect(
        Map<String, RevisionNode> idsOnly,
        List<RevisionNode> heads,
        List<RevisionNode> bases,
        List<RevisionNode> realHeads,
        List<RevisionNode> realBases) {
      if (idsOnly.isEmpty()) {
        return;
      }
      if (heads.isEmpty() || bases.isEmpty()) {
        throw cycle(CycleDetectedException.Kind.CYCLE, new ArrayList<>(idsOnly.keySet()));
      }
      check(
          CycleDetectedException.Kind.CYCLE,
          idsOnly,
          reach(idsOnly, heads, RevisionNode::downRevisions),
          reach(idsOnly, bases, node -> node.nextRevisions));
      if (realHeads.isEmpty() || realBases.isEmpty()) {
        throw cycle(
            CycleDetectedException.Kind.DEPENDENCY_CYCLE, new ArrayList<>(idsOnly.keySet()));
      }
      check(
          CycleDetectedException.Kind.DEPENDENCY_CYCLE,
          idsOnly,
          reach(idsOnly, realHeads, RevisionNode::allDownRevisions),
          reach(idsOnly, realBases, node -> node.allNextRevisions));
    }

    private static Set<String> reach(
        Map<String, RevisionNode> idsOnly,
        List<RevisionNode> from,
        java.util.function.Function<RevisionNode, Collection<String>> related) {
      return new LinkedHashSet<>(
          RevisionGraph.ids(RevisionGraph.iterateRelated(related, from, idsOnly, false)));
    }

    private static void check(
        CycleDetectedException.Kind kind,
        Map<String, RevisionNode> idsOnly,
        Set<String> fromHeads,
        Set<String> fromBases) {
      Set<String> deleted = new TreeSet<>(idsOnly.keySet());
      fromHeads.retainAll(fromBases);
      deleted.removeAll(fromHeads);
      if (!deleted.isEmpty()) {
        throw cycle(kind, new ArrayList<>(deleted));
      }
    }

    private static CycleDetectedException cycle(
        CycleDetectedException.Kind kind, List<String> revisions) {
      return new CycleDetectedException(kind, revisions);
    }
  }
}
