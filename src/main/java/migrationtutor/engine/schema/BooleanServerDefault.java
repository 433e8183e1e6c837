package migrationtutor.engine.schema;

/**
 * {@code server_default=sa.true()} / {@code sa.false()}: {@code 1} / {@code 0} on SQLite, in
 * parentheses in a column definition ({@code DEFAULT (0)}).
 *
 * @param value which constant
 */
public record BooleanServerDefault(boolean value) implements ServerDefault {
  @Override
  public boolean isColumnElement() {
    return true;
  }
}
