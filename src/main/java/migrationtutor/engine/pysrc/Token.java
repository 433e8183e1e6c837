package migrationtutor.engine.pysrc;

/**
 * One token: its kind, its text (the literal's full source for strings and numbers), its source
 * offsets, its 1-based start and end positions (end is just past the last character), and the
 * bracket nesting level after it, as CPython's {@code tok->level}.
 */
record Token(
    TokenKind kind,
    String text,
    int start,
    int end,
    int line,
    int col,
    int endLine,
    int endCol,
    int level) {
  Token {
    Checks.req(kind, text);
  }

  /** Whether this is the operator or keyword {@code s} (keywords are NAME tokens). */
  boolean is(String s) {
    return (kind == TokenKind.OP || kind == TokenKind.NAME) && text.equals(s);
  }

  /** Whether this is an operator token spelled {@code s}. */
  boolean isOp(String s) {
    return kind == TokenKind.OP && text.equals(s);
  }

  /** The span of this token alone. */
  Span span() {
    return new Span(line, col, endLine, endCol);
  }
}
