package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;

/**
 * Where the columns of the rebuilt table go: Alembic 1.8.1's {@code
 * ApplyBatchImpl._setup_dependencies_for_add_column} (each {@code insert_before} / {@code
 * insert_after} becomes a before-after pair) and {@code
 * _adjust_self_columns_for_partial_reordering} (the pairs, plus those of {@code partial_reordering}
 * or of the existing order, sorted with SQLAlchemy's {@code topological.sort}, which keeps the
 * given order wherever the pairs allow).
 */
final class ColumnOrdering {
  private final List<List<String>> partialReordering;
  private final List<String> existingOrdering;
  private final List<String[]> addColOrdering = new ArrayList<>();

  ColumnOrdering(List<String> existingOrdering, List<List<String>> partialReordering) {
    this.existingOrdering = new ArrayList<>(existingOrdering);
    this.partialReordering = partialReordering;
  }

  /** Whether {@code _transfer_elements_to_new_table} reorders the columns. */
  boolean reorders() {
    return !partialReordering.isEmpty() || !addColOrdering.isEmpty();
  }

  /** {@code self.existing_ordering.remove(name)} for a dropped column. */
  void dropExisting(String name) {
    if (!existingOrdering.remove(name)) {
      throw new PythonException("ValueError", "list.remove(x): x not in list");
    }
  }

  /** {@code _setup_dependencies_for_add_column}. */
  void addColumn(String colname, String insertBefore, String insertAfter) {
    Map<String, Integer> colIndexes = new HashMap<>();
    for (int i = 0; i < existingOrdering.size(); i++) {
      colIndexes.put(existingOrdering.get(i), i);
    }
    if (partialReordering.isEmpty()) {
      if (truthy(insertAfter) && !truthy(insertBefore)) {
        if (colIndexes.containsKey(insertAfter)) {
          int idx = colIndexes.get(insertAfter) + 1;
          if (idx < existingOrdering.size()) {
            insertBefore = existingOrdering.get(idx);
          }
        } else {
          insertBefore = lookup(pairMap(false), insertAfter);
        }
      }
      if (truthy(insertBefore) && !truthy(insertAfter)) {
        if (colIndexes.containsKey(insertBefore)) {
          int idx = colIndexes.get(insertBefore) - 1;
          if (idx >= 0) {
            insertAfter = existingOrdering.get(idx);
          }
        } else {
          insertAfter = lookup(pairMap(true), insertBefore);
        }
      }
    }
    if (truthy(insertBefore)) {
      addColOrdering.add(new String[] {colname, insertBefore});
    }
    if (truthy(insertAfter)) {
      addColOrdering.add(new String[] {insertAfter, colname});
    }
    if (partialReordering.isEmpty()
        && !truthy(insertBefore)
        && !truthy(insertAfter)
        && !colIndexes.isEmpty()) {
      addColOrdering.add(new String[] {existingOrdering.get(existingOrdering.size() - 1), colname});
    }
  }

  /** {@code _adjust_self_columns_for_partial_reordering} over the current column keys. */
  List<String> sort(List<String> colByIdx) {
    Set<List<String>> pairs = new LinkedHashSet<>();
    if (!partialReordering.isEmpty()) {
      for (List<String> tuple : partialReordering) {
        for (int i = 1; i < tuple.size(); i++) {
          pairs.add(List.of(tuple.get(i - 1), tuple.get(i)));
        }
      }
    } else {
      for (int i = 1; i < existingOrdering.size(); i++) {
        pairs.add(List.of(colByIdx.get(i - 1), existingOrdering.get(i)));
      }
    }
    for (String[] p : addColOrdering) {
      pairs.add(List.of(p[0], p[1]));
    }
    Map<String, Set<String>> parents = new HashMap<>();
    for (List<String> p : pairs) {
      if (!p.get(0).equals(p.get(1))) {
        parents.computeIfAbsent(p.get(1), k -> new LinkedHashSet<>()).add(p.get(0));
      }
    }
    // topological.sort_as_subsets: repeatedly emit, in the given order, every node none of whose
    // parents is still waiting.
    List<String> todo = new ArrayList<>(colByIdx);
    Set<String> todoSet = new LinkedHashSet<>(colByIdx);
    List<String> sorted = new ArrayList<>();
    while (!todoSet.isEmpty()) {
      List<String> output = new ArrayList<>();
      for (String node : todo) {
        Set<String> ps = parents.getOrDefault(node, Set.of());
        if (ps.stream().noneMatch(todoSet::contains)) {
          output.add(node);
        }
      }
      if (output.isEmpty()) {
        throw new PythonException(
            "sqlalchemy.exc.CircularDependencyError",
            "Circular dependency detected among the columns "
                + todoSet
                + " (insert_before/insert_after/partial_reordering contradict each other)");
      }
      todoSet.removeAll(output);
      todo.removeIf(t -> !todoSet.contains(t));
      sorted.addAll(output);
    }
    return sorted;
  }

  // dict(self.add_col_ordering), or dict((b, a) for a, b in ...): later pairs win.
  private Map<String, String> pairMap(boolean reversed) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String[] p : addColOrdering) {
      map.put(reversed ? p[1] : p[0], reversed ? p[0] : p[1]);
    }
    return map;
  }

  private static String lookup(Map<String, String> map, String key) {
    if (!map.containsKey(key)) {
      throw new PythonException("KeyError", PythonRepr.strRepr(key));
    }
    return map.get(key);
  }

  private static boolean truthy(String s) {
    return s != null && !s.isEmpty();
  }
}
