package migrationtutor.engine.pysrc;

import java.util.Set;

/** The operators and delimiters of Python 3.11 (CPython's Grammar/Tokens). */
final class Operators {
  private Operators() {}

  private static final Set<String> THREE = Set.of("**=", "//=", ">>=", "<<=", "...");
  private static final Set<String> TWO =
      Set.of(
          "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=",
          ">>", "@=", "^=", "|=");

  /** The longest operator at index (below limit); any other single character stands alone. */
  static String longestAt(String text, int index, int limit) {
    if (index + 3 <= limit) {
      String three = text.substring(index, index + 3);
      if (THREE.contains(three)) {
        return three;
      }
    }
    if (index + 2 <= limit) {
      String two = text.substring(index, index + 2);
      if (TWO.contains(two)) {
        return two;
      }
    }
    return single(text.charAt(index));
  }

  private static final String SINGLES = "()[]{}:,;+-*/|&<>=.%~^@!$?`";

  /** A shared String for a one-character token, so a big file does not hold millions of them. */
  private static String single(char c) {
    int i = SINGLES.indexOf(c);
    return i >= 0 ? SINGLE_STRINGS[i] : String.valueOf(c);
  }

  private static final String[] SINGLE_STRINGS = new String[SINGLES.length()];

  static {
    for (int i = 0; i < SINGLES.length(); i++) {
      SINGLE_STRINGS[i] = String.valueOf(SINGLES.charAt(i)).intern();
    }
  }

  /** The closing bracket for an opening one. */
  static char closerOf(char open) {
    return switch (open) {
      case '(' -> ')';
      case '[' -> ']';
      default -> '}';
    };
  }

  /** The augmented assignment operators and the binary operator each applies. */
  static BinaryOperator augmented(String op) {
    if (op.length() < 2
        || !op.endsWith("=")
        || op.equals("==")
        || op.equals("<=")
        || op.equals(">=")
        || op.equals("!=")
        || op.equals(":=")) {
      return null;
    }
    return BinaryOperator.ofSymbol(op.substring(0, op.length() - 1));
  }
}
