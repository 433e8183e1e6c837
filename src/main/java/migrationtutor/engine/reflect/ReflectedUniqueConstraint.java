package migrationtutor.engine.reflect;

import java.util.List;

/**
 * One entry of {@code Inspector.get_unique_constraints()}: a UNIQUE clause of the table's SQL that
 * SQLite backs with a {@code sqlite_autoindex_*} index.
 *
 * @param name the constraint name, or null
 * @param columnNames the columns in order
 */
public record ReflectedUniqueConstraint(String name, List<String> columnNames) {
  /** Copies the column list. */
  public ReflectedUniqueConstraint {
    columnNames = List.copyOf(columnNames);
  }
}
