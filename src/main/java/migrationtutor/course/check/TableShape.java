package migrationtutor.course.check;

import java.util.List;
import java.util.Optional;

/**
 * A table's structure as the checks compare it: its columns, primary key, and the other constraints
 * and indexes written the way {@code .schema} would show them ({@code UNIQUE (key)}, {@code FOREIGN
 * KEY (todo_id) REFERENCES todos (id)}, {@code CHECK (...)}, {@code INDEX ix_title (title)}).
 */
record TableShape(
    String name,
    List<ColumnShape> columns,
    List<String> primaryKey,
    List<String> constraints,
    List<String> indexes) {
  TableShape {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
  }

  /** The column of that name (case does not count, as in SQLite). */
  Optional<ColumnShape> column(String columnName) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
  }
}
