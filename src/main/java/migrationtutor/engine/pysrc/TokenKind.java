package migrationtutor.engine.pysrc;

/** The kinds of token CPython's tokenizer hands its parser. */
enum TokenKind {
  NAME,
  NUMBER,
  STRING,
  /** An operator or delimiter, or a stray character such as {@code $} (CPython's ERRORTOKEN). */
  OP,
  NEWLINE,
  INDENT,
  DEDENT,
  ENDMARKER
}
