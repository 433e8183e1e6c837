package migrationtutor.engine.schema;

/**
 * {@code sa.CheckConstraint('c_integer >= 0', name=...)}: the condition is SQL text, rendered as
 * written (a {@code :name} in it is a bound parameter, as in {@code sa.text()}).
 *
 * @param sqltext the condition
 * @param name the name, or null
 * @param deferrable {@code deferrable=}, or null
 * @param initially {@code initially=}, or null
 */
public record CheckConstraint(String sqltext, String name, Boolean deferrable, String initially)
    implements Constraint {

  /** Validates the condition. */
  public CheckConstraint {
    if (sqltext == null) {
      throw new IllegalArgumentException("a check constraint needs its SQL text");
    }
  }

  /** A check constraint with an optional name. */
  public CheckConstraint(String sqltext, String name) {
    this(sqltext, name, null, null);
  }
}
