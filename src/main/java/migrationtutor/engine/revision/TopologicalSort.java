package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders revisions newest first so each comes before its down revisions, as Alembic's {@code
 * _topological_sort}.
 *
 * <p>It walks down one branch at a time from the heads, sorted by their position in the map's input
 * order, and switches to another head when the candidate is still an ancestor of it. This is what
 * makes {@code downgrade base} run the merge, then one parent branch, then the other, then the
 * branch point. Every tie is broken by list order, never by set iteration.
 */
final class TopologicalSort {
  private final RevisionGraph graph;

  TopologicalSort(RevisionGraph graph) {
    this.graph = graph;
  }

  List<String> sort(Collection<RevisionNode> revisions, Collection<RevisionNode> heads) {
    Set<String> todo = new LinkedHashSet<>(RevisionGraph.ids(revisions));
    List<String> insertedOrder = new ArrayList<>(graph.map.keySet());
    List<String> currentHeads = new ArrayList<>();
    for (RevisionNode head : heads) {
      String id = RevisionGraph.requireRevision(head).id();
      if (todo.contains(id) && !currentHeads.contains(id)) {
        currentHeads.add(id);
      }
    }
    currentHeads.sort(Comparator.comparingInt(insertedOrder::indexOf));
    List<Set<String>> ancestorsByIndex = new ArrayList<>();
    currentHeads.forEach(id -> ancestorsByIndex.add(ancestors(id)));

    List<String> output = new ArrayList<>();
    int candidateIndex = 0;
    while (!currentHeads.isEmpty()) {
      String candidate = currentHeads.get(candidateIndex);
      int blockingHead = headDependingOn(candidate, candidateIndex, ancestorsByIndex);
      if (blockingHead >= 0) {
        // another head still needs this candidate; traverse that head first
        candidateIndex = blockingHead;
        continue;
      }
      if (todo.remove(candidate)) {
        output.add(candidate);
      }
      RevisionNode candidateRev = graph.lookup(candidate);
      List<String> headsToAdd = new ArrayList<>();
      for (String down : candidateRev.normalizedDownRevisions()) {
        if (todo.contains(down) && !currentHeads.contains(down)) {
          headsToAdd.add(down);
        }
      }
      if (headsToAdd.isEmpty()) {
        currentHeads.remove(candidateIndex);
        ancestorsByIndex.remove(candidateIndex);
        candidateIndex = Math.max(candidateIndex - 1, 0);
      } else if (candidateRev.normalizedResolvedDependencies.isEmpty()
          && candidateRev.downRevisions().size() == 1) {
        // plain movement down a line: the ancestor set just loses the emitted candidate
        currentHeads.set(candidateIndex, headsToAdd.get(0));
        ancestorsByIndex.get(candidateIndex).remove(candidate);
      } else {
        currentHeads.set(candidateIndex, headsToAdd.get(0));
        ancestorsByIndex.set(candidateIndex, ancestors(headsToAdd.get(0)));
        for (String extra : headsToAdd.subList(1, headsToAdd.size())) {
          currentHeads.add(extra);
          ancestorsByIndex.add(ancestors(extra));
        }
      }
    }
    if (!todo.isEmpty()) {
      throw InternalRevisionError.assertion();
    }
    return output;
  }

  private static int headDependingOn(
      String candidate, int candidateIndex, List<Set<String>> ancestorsByIndex) {
    for (int index = 0; index < ancestorsByIndex.size(); index++) {
      if (index != candidateIndex && ancestorsByIndex.get(index).contains(candidate)) {
        return index;
      }
    }
    return -1;
  }

  private Set<String> ancestors(String id) {
    return new LinkedHashSet<>(
        RevisionGraph.ids(graph.ancestors(List.of(graph.lookup(id)), true, false)));
  }
}
