package migrationtutor.engine.schema;

import java.util.List;

/**
 * {@code sa.PrimaryKeyConstraint('id', name=...)}; a table with no primary key has one with no
 * columns, which renders nothing.
 *
 * @param columns the column names in order
 * @param name the name, or null
 * @param deferrable {@code deferrable=}, or null
 * @param initially {@code initially=}, or null
 */
public record PrimaryKeyConstraint(
    List<String> columns, String name, Boolean deferrable, String initially) implements Constraint {

  /** Copies the column names. */
  public PrimaryKeyConstraint {
    columns = Names.requireAll("a primary key column", columns);
  }

  /** An unnamed primary key on the given columns. */
  public PrimaryKeyConstraint(List<String> columns) {
    this(columns, null, null, null);
  }

  /** A named primary key on the given columns. */
  public PrimaryKeyConstraint(List<String> columns, String name) {
    this(columns, name, null, null);
  }

  /** The empty primary key of a table without one. */
  public static PrimaryKeyConstraint none() {
    return new PrimaryKeyConstraint(List.of());
  }
}
