package migrationtutor.engine.schema;

/**
 * {@code server_default=sa.text('CURRENT_TIMESTAMP')}: the text as written, {@code DEFAULT
 * CURRENT_TIMESTAMP}; parentheses only if the text has them.
 *
 * @param text the text given to {@code sa.text()}
 */
public record TextServerDefault(String text) implements ServerDefault {
  /** Validates the text. */
  public TextServerDefault {
    if (text == null) {
      throw new IllegalArgumentException("a text() server default needs its text");
    }
  }

  @Override
  public boolean isColumnElement() {
    return false;
  }
}
