package migrationtutor.engine.autogen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.Table;

/**
 * {@code MetaData.sorted_tables}: the tables sorted by name, then topologically so that a table
 * comes after the tables its foreign keys refer to ({@code sort_tables_and_constraints} with {@code
 * util.topological.sort}, which emits each round of ready tables in name order).
 */
final class SortedTables {
  private SortedTables() {}

  /**
   * Sorts one MetaData's tables.
   *
   * @throws PythonError {@code NoReferencedTableError} / {@code NoReferencedColumnError} for a
   *     foreign key whose target is not in the MetaData, as resolving {@code fkc.referred_table}
   *     raises
   */
  static List<MetadataTable> sort(List<MetadataTable> tables, Consumer<PythonWarning> warnings) {
    List<MetadataTable> byName = new ArrayList<>(tables);
    byName.sort(Comparator.comparing(t -> t.table().name()));
    Map<String, MetadataTable> named = new LinkedHashMap<>();
    byName.forEach(t -> named.put(t.table().name(), t));
    Map<String, Set<String>> parents = new HashMap<>();
    for (MetadataTable t : byName) {
      Set<String> deps = new LinkedHashSet<>();
      for (Constraint c : t.table().constraints()) {
        if (c instanceof ForeignKeyConstraint fk) {
          String referred = referredTable(t.table(), fk, named);
          if (!referred.equals(t.table().name())) {
            deps.add(referred);
          }
        }
      }
      parents.put(t.table().name(), deps);
    }
    List<String> order = topological(named.keySet(), parents);
    if (order == null) {
      Set<String> cycles = cycles(parents);
      warnings.accept(
          new PythonWarning(
              "SAWarning",
              "Cannot correctly sort tables; there are unresolvable cycles between tables \""
                  + String.join(", ", new TreeSet<>(cycles))
                  + "\", which is usually caused by mutually dependent foreign key constraints. "
                  + " Foreign key constraints involving these tables will not be considered; this"
                  + " warning may raise an error in a future release."));
      cycles.forEach(c -> parents.put(c, Set.of()));
      order = topological(named.keySet(), parents);
    }
    return order.stream().map(named::get).toList();
  }

  /** {@code fkc.referred_table}, resolving the first column as SQLAlchemy does, with its errors. */
  static String referredTable(
      Table table, ForeignKeyConstraint fk, Map<String, MetadataTable> tables) {
    for (int i = 0; i < fk.columns().size(); i++) {
      String target = fk.referredTable() + "." + fk.referredColumns().get(i);
      MetadataTable referred = tables.get(fk.referredTable());
      if (referred == null) {
        throw new PythonError(
            "sqlalchemy.exc.NoReferencedTableError",
            "Foreign key associated with column '"
                + table.name()
                + "."
                + fk.columns().get(i)
                + "' could not find table '"
                + fk.referredTable()
                + "' with which to generate a foreign key to target column '"
                + fk.referredColumns().get(i)
                + "'");
      }
      if (referred.table().columns().stream()
          .map(Column::name)
          .noneMatch(fk.referredColumns().get(i)::equals)) {
        throw new PythonError(
            "sqlalchemy.exc.NoReferencedColumnError",
            "Could not initialize target column for ForeignKey '"
                + target
                + "' on table '"
                + table.name()
                + "': table '"
                + fk.referredTable()
                + "' has no column named '"
                + fk.referredColumns().get(i)
                + "'");
      }
    }
    return fk.referredTable();
  }

  // topological.sort_as_subsets: each round takes, in the given order, every table none of whose
  // parents is still waiting; null when a round finds none (a cycle).
  private static List<String> topological(Set<String> all, Map<String, Set<String>> parents) {
    List<String> todo = new ArrayList<>(all);
    Set<String> waiting = new HashSet<>(all);
    List<String> out = new ArrayList<>();
    while (!waiting.isEmpty()) {
      List<String> ready = new ArrayList<>();
      for (String t : todo) {
        if (parents.get(t).stream().noneMatch(waiting::contains)) {
          ready.add(t);
        }
      }
      if (ready.isEmpty()) {
        return null;
      }
      waiting.removeAll(ready);
      todo.removeIf(t -> !waiting.contains(t));
      out.addAll(ready);
    }
    return out;
  }

  // topological.find_cycles: every table on a cycle of foreign key dependencies.
  private static Set<String> cycles(Map<String, Set<String>> parents) {
    Set<String> out = new HashSet<>();
    for (String start : parents.keySet()) {
      Deque<String> stack = new ArrayDeque<>();
      Set<String> visited = new HashSet<>();
      walk(start, parents, stack, visited, out);
    }
    return out;
  }

  private static void walk(
      String node,
      Map<String, Set<String>> parents,
      Deque<String> stack,
      Set<String> visited,
      Set<String> out) {
    if (stack.contains(node)) {
      List<String> path = new ArrayList<>(stack);
      out.addAll(path.subList(0, path.indexOf(node) + 1));
      return;
    }
    if (!visited.add(node)) {
      return;
    }
    stack.push(node);
    for (String p : parents.getOrDefault(node, Set.of())) {
      walk(p, parents, stack, visited, out);
    }
    stack.pop();
  }
}
