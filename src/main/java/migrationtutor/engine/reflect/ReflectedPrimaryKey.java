package migrationtutor.engine.reflect;

import java.util.List;

/**
 * {@code Inspector.get_pk_constraint()}: the primary key columns in key order and the name parsed
 * from {@code CONSTRAINT <name> PRIMARY KEY} in the table's SQL.
 *
 * @param name the constraint name, or null
 * @param constrainedColumns the key columns, possibly empty
 */
public record ReflectedPrimaryKey(String name, List<String> constrainedColumns) {
  /** Copies the column list. */
  public ReflectedPrimaryKey {
    constrainedColumns = List.copyOf(constrainedColumns);
  }
}
