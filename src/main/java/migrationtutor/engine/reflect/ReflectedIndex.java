package migrationtutor.engine.reflect;

import java.util.List;

/**
 * One entry of {@code Inspector.get_indexes()}: an explicit index ({@code sqlite_autoindex_*}
 * indexes are left out unless asked for, and expression indexes are skipped with a warning).
 *
 * @param name the index name
 * @param columnNames the indexed columns in order
 * @param unique whether it is a unique index
 * @param sqliteWhere the predicate of a partial index, as written after {@code WHERE}, or null
 */
public record ReflectedIndex(
    String name, List<String> columnNames, boolean unique, String sqliteWhere) {
  /** Copies the column list. */
  public ReflectedIndex {
    columnNames = List.copyOf(columnNames);
  }
}
