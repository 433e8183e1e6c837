package migrationtutor.sandbox.shell.parse;

/**
 * A lexical token of a command line.
 *
 * @param type what it is
 * @param word the word, for {@link Type#WORD}
 * @param start its first offset in the line
 * @param end the offset after it
 */
record Token(Type type, Word word, int start, int end) {
  /** The kinds of token the tutor's shell understands. */
  enum Type {
    WORD,
    /** {@code &&}. */
    AND,
    /** {@code ;}. */
    SEMI,
    /** A newline outside quotes: ends a command like {@code ;}. */
    NEWLINE,
    /** {@code >} (or {@code 1>}). */
    GREAT,
    /** {@code >>} (or {@code 1>>}). */
    DGREAT,
    /** Shell syntax the tutor does not offer; only produced when lexing leniently. */
    OTHER
  }

  /** How the token reads in a bash-style error message. */
  String display(String line) {
    return type == Type.NEWLINE ? "newline" : line.substring(start, end);
  }
}
