package migrationtutor.engine.pysrc;

/**
 * The text being parsed after CPython's input translation: a leading BOM dropped and CRLF and CR
 * turned into LF. Knows how to turn an offset into a character column.
 */
final class SourceText {
  final String fileName;
  final String text;
  private final boolean hasSurrogates;
  private int cacheLineStart = -1;
  private int cacheIndex;
  private int cacheCol;

  SourceText(String fileName, String raw) {
    this.fileName = fileName;
    this.text = normalize(raw);
    boolean surrogates = false;
    for (int i = 0; i < text.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(text.charAt(i));
    }
    this.hasSurrogates = surrogates;
  }

  private static String normalize(String raw) {
    int from = raw.startsWith("\uFEFF") ? 1 : 0;
    if (raw.indexOf('\r', from) < 0) {
      return raw.substring(from);
    }
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = from; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  int length() {
    return text.length();
  }

  /** The char at i, or -1 past the end. */
  int at(int i) {
    return i < text.length() ? text.charAt(i) : -1;
  }

  /** The 1-based column of the character at index, on the line starting at lineStart. */
  int col(int lineStart, int index) {
    if (!hasSurrogates) {
      return index - lineStart + 1;
    }
    int from = lineStart;
    int col = 1;
    if (lineStart == cacheLineStart && index >= cacheIndex) {
      from = cacheIndex;
      col = cacheCol;
    }
    col += text.codePointCount(from, index);
    cacheLineStart = lineStart;
    cacheIndex = index;
    cacheCol = col;
    return col;
  }

  /** The index just past the end of the line containing index (the LF or the end of text). */
  int lineEnd(int index) {
    int nl = text.indexOf('\n', index);
    return nl < 0 ? text.length() : nl;
  }

  PySyntaxError error(int line, int col, String message) {
    return new PySyntaxError(
        fileName, line, Math.max(col, 1), message, PySyntaxError.Kind.SYNTAX_ERROR);
  }

  PySyntaxError error(int line, int col, String message, PySyntaxError.Kind kind) {
    return new PySyntaxError(fileName, line, Math.max(col, 1), message, kind);
  }
}
