package migrationtutor.engine.schema;

/**
 * {@code server_default='todo'}: rendered as a quoted string literal, {@code DEFAULT 'todo'}.
 *
 * @param value the string
 */
public record StringServerDefault(String value) implements ServerDefault {
  /** Validates the value. */
  public StringServerDefault {
    if (value == null) {
      throw new IllegalArgumentException("a string server default needs its string");
    }
  }

  @Override
  public boolean isSqlExpression() {
    return false;
  }

  @Override
  public boolean isColumnElement() {
    return false;
  }
}
