package migrationtutor.sandbox.sqlite3;

/** A token of SQL text: its kind and its byte range in the UTF-8 text. */
record SqlToken(SqlToken.Kind kind, int start, int end) {
  /** The token kinds the shell emulation needs to tell apart (tokenize.c's TK_ codes, merged). */
  enum Kind {
    SPACE,
    ILLEGAL,
    STRING,
    ID,
    VARIABLE,
    NUMBER,
    BLOB,
    SEMI,
    DOT,
    LP,
    RP,
    COMMA,
    OPERATOR
  }

  String text(byte[] sql) {
    return new String(sql, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
  }

  boolean isWord(byte[] sql, String word) {
    return kind == Kind.ID && text(sql).equalsIgnoreCase(word);
  }
}
