package migrationtutor.engine.pysrc;

/**
 * Finds string literals in the source: which letters may prefix a quote and where a literal ends,
 * with CPython 3.11's tokenizer rules and unterminated-string errors.
 */
final class StringScanner {
  private StringScanner() {}

  /**
   * The length of a valid string prefix (r, b, u, f, rb, br, fr, rf in any case) starting at index
   * and directly followed by a quote, or -1 when the letters there do not start a string.
   */
  static int prefixLength(SourceText src, int index) {
    boolean sawB = false;
    boolean sawR = false;
    boolean sawU = false;
    boolean sawF = false;
    int p = index;
    while (true) {
      int c = src.at(p);
      if (c == '"' || c == '\'') {
        return p > index ? p - index : -1;
      }
      if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
        sawB = true;
      } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
        sawU = true;
      } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
        sawR = true;
      } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
        sawF = true;
      } else {
        return -1;
      }
      p++;
    }
  }

  /**
   * The index just past the literal whose opening quote is at quoteIndex; the literal (prefix
   * included) starts at start, at line:col. Backslash escapes the next character, so an escaped
   * quote or line break stays inside.
   */
  static int scanBody(SourceText src, int start, int quoteIndex, int line, int col) {
    int quote = src.at(quoteIndex);
    int p = quoteIndex + 1;
    int quoteSize = 1;
    if (src.at(p) == quote && src.at(p + 1) == quote) {
      quoteSize = 3;
      p += 2;
    } else if (src.at(p) == quote) {
      return p + 1;
    }
    int endQuotes = 0;
    while (endQuotes != quoteSize) {
      int c = src.at(p);
      if (c < 0 || (quoteSize == 1 && c == '\n')) {
        int detected = lineOf(src, start, line, c < 0 ? src.length() - 1 : p);
        String what =
            quoteSize == 3
                ? "unterminated triple-quoted string literal"
                : "unterminated string literal";
        throw src.error(line, col, what + " (detected at line " + detected + ")");
      }
      p++;
      if (c == quote) {
        endQuotes++;
      } else {
        endQuotes = 0;
        if (c == '\\' && src.at(p) >= 0) {
          p++;
        }
      }
    }
    return p;
  }

  /** The line of the character at index, counting from start which is on line startLine. */
  private static int lineOf(SourceText src, int start, int startLine, int index) {
    int line = startLine;
    for (int i = start; i < index; i++) {
      if (src.text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
