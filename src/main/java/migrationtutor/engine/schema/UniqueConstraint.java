package migrationtutor.engine.schema;

import java.util.List;

/**
 * {@code sa.UniqueConstraint('parent_id', 'name', name=...)}, or the constraint a column with
 * {@code unique=True} creates.
 *
 * @param columns the column names in order
 * @param name the name, or null
 * @param deferrable {@code deferrable=}, or null
 * @param initially {@code initially=}, or null
 */
public record UniqueConstraint(
    List<String> columns, String name, Boolean deferrable, String initially) implements Constraint {

  /** Copies the column names. */
  public UniqueConstraint {
    columns = Names.requireAll("a unique constraint column", columns);
  }

  /** An unnamed unique constraint. */
  public UniqueConstraint(List<String> columns) {
    this(columns, null, null, null);
  }

  /** A named unique constraint. */
  public UniqueConstraint(List<String> columns, String name) {
    this(columns, name, null, null);
  }
}
