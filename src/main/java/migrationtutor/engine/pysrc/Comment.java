package migrationtutor.engine.pysrc;

/**
 * A comment in the source: where its {@code #} is (1-based line and column) and its text, starting
 * with the {@code #} and without the line ending.
 */
public record Comment(int line, int column, String text) {
  /** Checks the position and that the text is a comment. */
  public Comment {
    if (line < 1 || column < 1 || text == null || !text.startsWith("#")) {
      throw new IllegalArgumentException("bad comment at " + line + ":" + column);
    }
  }
}
