package migrationtutor.engine.schema;

/**
 * {@code server_default=sa.literal_column('1 + 1')}: the text as written, in parentheses in a
 * column definition.
 *
 * @param text the text given to {@code sa.literal_column()}
 */
public record LiteralColumnServerDefault(String text) implements ServerDefault {
  /** Validates the text. */
  public LiteralColumnServerDefault {
    if (text == null) {
      throw new IllegalArgumentException("a literal_column() server default needs its text");
    }
  }

  @Override
  public boolean isColumnElement() {
    return true;
  }
}
