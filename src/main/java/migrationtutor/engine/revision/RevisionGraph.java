package migrationtutor.engine.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built graph: the id/label lookup table, heads and bases, and the related-node walks.
 *
 * <p>The walks port {@code _iterate_related_revisions}: a stack (depth first, last pushed first),
 * nodes yielded once, and with {@code check} the "overlaps with other requested revisions" test.
 */
final class RevisionGraph {
  /** Revision ids in input order, then branch labels ({@code _revision_map} keys). */
  final Map<String, RevisionNode> map;

  final List<RevisionNode> heads;
  final List<RevisionNode> realHeads;
  final List<RevisionNode> bases;
  final List<RevisionNode> realBases;

  RevisionGraph(
      Map<String, RevisionNode> map,
      List<RevisionNode> heads,
      List<RevisionNode> realHeads,
      List<RevisionNode> bases,
      List<RevisionNode> realBases) {
    this.map = Collections.unmodifiableMap(new LinkedHashMap<>(map));
    this.heads = List.copyOf(heads);
    this.realHeads = List.copyOf(realHeads);
    this.bases = List.copyOf(bases);
    this.realBases = List.copyOf(realBases);
  }

  static List<String> ids(Collection<RevisionNode> nodes) {
    List<String> ids = new ArrayList<>();
    nodes.forEach(node -> ids.add(node.id()));
    return ids;
  }

  /** {@code _revision_map[key]}: an exact id or label, else Python's KeyError. */
  RevisionNode lookup(String key) {
    RevisionNode node = map.get(key);
    if (node == null) {
      throw InternalRevisionError.keyError(key);
    }
    return node;
  }

  /** {@code _get_ancestor_nodes}: the targets and everything below them. */
  List<RevisionNode> ancestors(
      Collection<RevisionNode> targets, boolean includeDependencies, boolean check) {
    Function<RevisionNode, Collection<String>> down =
        includeDependencies ? RevisionNode::normalizedDownRevisions : RevisionNode::downRevisions;
    return iterateRelated(down, targets, map, check);
  }

  /** {@code _get_descendant_nodes}: the targets and everything above them. */
  List<RevisionNode> descendants(
      Collection<RevisionNode> targets, boolean includeDependencies, boolean check) {
    Function<RevisionNode, Collection<String>> up =
        includeDependencies ? node -> node.allNextRevisions : node -> node.nextRevisions;
    return iterateRelated(up, targets, map, check);
  }

  /** Identity set of the nodes, for Alembic's {@code set(...)} of revisions. */
  static Set<RevisionNode> identitySet(Collection<RevisionNode> nodes) {
    Set<RevisionNode> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(nodes);
    return set;
  }

  static List<RevisionNode> iterateRelated(
      Function<RevisionNode, Collection<String>> related,
      Collection<RevisionNode> targets,
      Map<String, RevisionNode> map,
      boolean check) {
    List<RevisionNode> yielded = new ArrayList<>();
    Set<RevisionNode> seen = identitySet(List.of());
    Deque<RevisionNode> todo = new ArrayDeque<>();
    for (RevisionNode target : targets) {
      requireRevision(target);
      todo.push(target);
      Set<RevisionNode> perTarget = identitySet(List.of());
      while (!todo.isEmpty()) {
        RevisionNode rev = todo.pop();
        perTarget.add(rev);
        if (!seen.add(rev)) {
          continue;
        }
        for (String relatedId : related.apply(rev)) {
          RevisionNode next = map.get(relatedId);
          if (next == null) {
            throw InternalRevisionError.keyError(relatedId);
          }
          if (!next.id().equals(relatedId)) {
            throw new RevisionException("Dependency resolution failed; broken map");
          }
          todo.push(next);
        }
        yielded.add(rev);
      }
      if (check) {
        checkOverlap(target, perTarget, targets);
      }
    }
    return yielded;
  }

  private static void checkOverlap(
      RevisionNode target, Set<RevisionNode> perTarget, Collection<RevisionNode> targets) {
    // Python lists the overlapping revisions from a set; we list them in request order.
    List<String> overlaps = new ArrayList<>();
    for (RevisionNode other : targets) {
      if (other != target && perTarget.contains(other) && !overlaps.contains(other.id())) {
        overlaps.add(other.id());
      }
    }
    if (!overlaps.isEmpty()) {
      throw new RevisionException(
          "Requested revision "
              + target.id()
              + " overlaps with other requested revisions "
              + String.join(", ", overlaps));
    }
  }

  /** Alembic's {@code is_revision()} assertion. */
  static RevisionNode requireRevision(RevisionNode node) {
    if (node == null || node.isBasePlaceholder()) {
      throw InternalRevisionError.assertion();
    }
    return node;
  }
}
