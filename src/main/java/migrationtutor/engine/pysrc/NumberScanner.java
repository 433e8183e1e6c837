package migrationtutor.engine.pysrc;

/**
 * Finds the end of a number literal, following the number branch of CPython 3.11's tok_get step by
 * step so that errors and their columns match: a column is the count of characters consumed on the
 * line when CPython gives up.
 */
final class NumberScanner {
  private final SourceText src;
  private final int line;
  private final int lineStart;
  private final int start;
  private int cur;

  private NumberScanner(SourceText src, int line, int lineStart, int start) {
    this.src = src;
    this.line = line;
    this.lineStart = lineStart;
    this.start = start;
    this.cur = start;
  }

  /** The index just past the number literal starting at start (a digit, or '.' and a digit). */
  static int scan(SourceText src, int line, int lineStart, int start) {
    return new NumberScanner(src, line, lineStart, start).run();
  }

  private int next() {
    return src.at(cur++);
  }

  private void backup() {
    cur--;
  }

  private PySyntaxError error(String message) {
    return src.error(line, src.col(lineStart, cur) - 1, message);
  }

  private int run() {
    int c = next();
    if (c == '.') {
      return fraction(next());
    }
    if (c != '0') {
      return afterDecimal(decimalTail());
    }
    c = next();
    if (c == 'x' || c == 'X') {
      return radix(16, "hexadecimal");
    } else if (c == 'o' || c == 'O') {
      return radix(8, "octal");
    } else if (c == 'b' || c == 'B') {
      return radix(2, "binary");
    }
    boolean nonzero = false;
    while (true) {
      if (c == '_') {
        c = next();
        if (!CharClass.isDigit(c)) {
          backup();
          throw error("invalid decimal literal");
        }
      }
      if (c != '0') {
        break;
      }
      c = next();
    }
    if (CharClass.isDigit(c)) {
      nonzero = true;
      c = decimalTail();
    }
    if (c == '.') {
      return fraction(next());
    } else if (c == 'e' || c == 'E') {
      return exponent(c);
    } else if (c == 'j' || c == 'J') {
      return imaginary();
    } else if (nonzero) {
      throw src.error(
          line,
          src.col(lineStart, start),
          "leading zeros in decimal integer literals are not permitted; "
              + "use an 0o prefix for octal integers");
    }
    return end(c, "decimal");
  }

  /** CPython's radix loop for 0x, 0o and 0b literals. */
  private int radix(int base, String kind) {
    int c = next();
    do {
      if (c == '_') {
        c = next();
      }
      if (!isRadixDigit(c, base)) {
        if (base != 16 && CharClass.isDigit(c)) {
          throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        backup();
        throw error("invalid " + kind + " literal");
      }
      do {
        c = next();
      } while (isRadixDigit(c, base));
    } while (c == '_');
    if (base != 16 && CharClass.isDigit(c)) {
      throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
    }
    return end(c, kind);
  }

  private static boolean isRadixDigit(int c, int base) {
    return switch (base) {
      case 16 -> CharClass.isHexDigit(c);
      case 8 -> c >= '0' && c <= '7';
      default -> c == '0' || c == '1';
    };
  }

  /** CPython's tok_decimal_tail: digits with single underscores between them. */
  private int decimalTail() {
    int c;
    while (true) {
      do {
        c = next();
      } while (CharClass.isDigit(c));
      if (c != '_') {
        return c;
      }
      c = next();
      if (!CharClass.isDigit(c)) {
        backup();
        throw error("invalid decimal literal");
      }
    }
  }

  private int afterDecimal(int c) {
    if (c == '.') {
      return fraction(next());
    }
    if (c == 'e' || c == 'E') {
      return exponent(c);
    }
    if (c == 'j' || c == 'J') {
      return imaginary();
    }
    return end(c, "decimal");
  }

  private int fraction(int c) {
    if (CharClass.isDigit(c)) {
      c = decimalTail();
    }
    if (c == 'e' || c == 'E') {
      return exponent(c);
    }
    if (c == 'j' || c == 'J') {
      return imaginary();
    }
    return end(c, "decimal");
  }

  private int exponent(int e) {
    int c = next();
    if (c == '+' || c == '-') {
      c = next();
      if (!CharClass.isDigit(c)) {
        backup();
        throw error("invalid decimal literal");
      }
    } else if (!CharClass.isDigit(c)) {
      // "1e" followed by a keyword such as "else" is the number 1 then the keyword.
      backup();
      cur--;
      verifyEnd(e, "decimal");
      return cur;
    }
    c = decimalTail();
    if (c == 'j' || c == 'J') {
      return imaginary();
    }
    return end(c, "decimal");
  }

  private int imaginary() {
    return end(next(), "imaginary");
  }

  /** Backs up over the character after the number and checks it, as verify_end_of_number. */
  private int end(int c, String kind) {
    backup();
    verifyEnd(c, kind);
    return cur;
  }

  /**
   * CPython's verify_end_of_number: a letter right after a number is an error unless it starts one
   * of the keywords that may follow a number ({@code 1if x else y} only warns).
   */
  private void verifyEnd(int c, String kind) {
    int p = cur + 1;
    boolean keyword =
        switch (c) {
          case 'a' -> lookahead(p, "nd");
          case 'e' -> lookahead(p, "lse");
          case 'f' -> lookahead(p, "or");
          case 'i' -> src.at(p) == 'f' || src.at(p) == 'n' || src.at(p) == 's';
          case 'o' -> lookahead(p, "r");
          case 'n' -> lookahead(p, "ot");
          default -> false;
        };
    if (!keyword && c >= 0 && CharClass.isPotentialIdentifierChar(c)) {
      throw error("invalid " + kind + " literal");
    }
  }

  private boolean lookahead(int p, String rest) {
    for (int i = 0; i < rest.length(); i++) {
      if (src.at(p + i) != rest.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
