package migrationtutor.engine.pysrc;

/**
 * Where a node sits in its source: 1-based line and column of its first character, and the 1-based
 * line and column just past its last character.
 *
 * <p>Columns count characters (Unicode code points; a tab is one character), so {@code column} is
 * CPython's {@code col_offset + 1} for ASCII lines and {@code endColumn} its {@code end_col_offset
 * + 1}.
 */
public record Span(int line, int column, int endLine, int endColumn) {
  /** Checks that the span starts at a real position and does not end before it starts. */
  public Span {
    if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "bad span " + line + ":" + column + "-" + endLine + ":" + endColumn);
    }
  }

  /** The span from the start of {@code first} to the end of {@code last}. */
  public static Span between(Span first, Span last) {
    return new Span(first.line, first.column, last.endLine, last.endColumn);
  }

  @Override
  public String toString() {
    return line + ":" + column + "-" + endLine + ":" + endColumn;
  }
}
