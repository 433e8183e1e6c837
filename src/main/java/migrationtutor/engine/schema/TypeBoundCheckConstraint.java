package migrationtutor.engine.schema;

/**
 * The CHECK constraint that a {@code Boolean(create_constraint=True)} or {@code Enum(...,
 * create_constraint=True)} column adds to its table ({@code _type_bound=True} in SQLAlchemy):
 * {@code CHECK (c IN (0, 1))} or {@code CHECK (c IN ('low', 'high'))}, derived from the column's
 * type when compiled. Alembic's SQLite impl skips these with a warning instead of refusing them.
 *
 * @param column the column whose type the condition comes from
 * @param name the type's {@code name=}, or null
 */
public record TypeBoundCheckConstraint(String column, String name) implements Constraint {
  /** Validates the column name. */
  public TypeBoundCheckConstraint {
    Names.require("the column of a type-bound check", column);
  }

  @Override
  public Boolean deferrable() {
    return null;
  }

  @Override
  public String initially() {
    return null;
  }
}
