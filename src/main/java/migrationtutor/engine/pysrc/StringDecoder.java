package migrationtutor.engine.pysrc;

/**
 * Decodes the body of a str or bytes literal exactly as CPython 3.11 does, including its "(unicode
 * error)" and "(value error)" messages. Unknown escapes such as {@code \d} are kept with their
 * backslash, as Python keeps them (it only warns).
 */
final class StringDecoder {
  private StringDecoder() {}

  /** Thrown with a CPython message; the caller knows where to report it. */
  static final class DecodeError extends Exception {
    private static final long serialVersionUID = 1L;

    DecodeError(String message) {
      super(message, null, false, false);
    }
  }

  /** Decodes body (the text between the quotes). For bytes the result holds chars 0..255. */
  static String decode(String body, boolean raw, boolean bytes) throws DecodeError {
    if (bytes) {
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) >= 128) {
          throw new DecodeError("bytes can only contain ASCII literal characters");
        }
      }
    }
    if (raw || body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      char e = body.charAt(i + 1);
      i += 2;
      switch (e) {
        case '\n' -> {}
        case '\\', '\'', '"' -> out.append(e);
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append('\u000b');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int value = e - '0';
          for (int n = 0; n < 2 && i < body.length() && isOctal(body.charAt(i)); n++, i++) {
            value = value * 8 + (body.charAt(i) - '0');
          }
          out.append((char) (bytes ? value & 0xFF : value));
        }
        case 'x' -> i = hex(body, start, i, 2, bytes, out);
        case 'u', 'U' -> {
          if (bytes) {
            out.append('\\').append(e);
          } else {
            i = hex(body, start, i, e == 'u' ? 4 : 8, false, out);
          }
        }
        case 'N' -> {
          if (bytes) {
            out.append('\\').append(e);
          } else {
            i = named(body, start, i, out);
          }
        }
        default -> out.append('\\').append(e);
      }
    }
    return out.toString();
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  /** Decodes the n hex digits of a backslash-x, -u or -U escape, which start at index i. */
  private static int hex(String body, int start, int i, int n, boolean bytes, StringBuilder out)
      throws DecodeError {
    int value = 0;
    int k = 0;
    for (; k < n && i + k < body.length(); k++) {
      int d = Character.digit(body.charAt(i + k), 16);
      if (d < 0 || body.charAt(i + k) > 127) {
        break;
      }
      value = value * 16 + d;
    }
    if (k < n) {
      if (bytes) {
        throw new DecodeError("(value error) invalid \\x escape at position " + start);
      }
      String what = n == 2 ? "\\xXX" : n == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
      throw unicodeError(body, start, i + k - 1, "truncated " + what + " escape");
    }
    if (n == 8 && (value < 0 || value > Character.MAX_CODE_POINT)) {
      throw unicodeError(body, start, i + k - 1, "illegal Unicode character");
    }
    out.appendCodePoint(value);
    return i + k;
  }

  /** Decodes {@code \N{NAME}} at index i (just after the N). */
  private static int named(String body, int start, int i, StringBuilder out) throws DecodeError {
    int close = i < body.length() && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
    if (close < 0 || close == i + 1) {
      int end = close < 0 ? body.length() - 1 : close;
      throw unicodeError(body, start, end, "malformed \\N character escape");
    }
    String name = body.substring(i + 1, close);
    int cp;
    try {
      cp = Character.codePointOf(name);
    } catch (IllegalArgumentException e) {
      throw unicodeError(body, start, close, "unknown Unicode character name");
    }
    out.appendCodePoint(cp);
    return close + 1;
  }

  /**
   * CPython's message; positions count bytes of the body after it turned every non-ASCII character
   * into a 10-byte backslash-UXXXXXXXX escape, as decode_unicode_with_escapes does.
   */
  private static DecodeError unicodeError(String body, int start, int end, String reason) {
    return new DecodeError(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + bytePos(body, start)
            + "-"
            + bytePos(body, end)
            + ": "
            + reason);
  }

  private static int bytePos(String body, int index) {
    int pos = 0;
    for (int i = 0; i < index && i < body.length(); i++) {
      char c = body.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < body.length()
          && Character.isLowSurrogate(body.charAt(i + 1))) {
        i++;
      }
      pos += c < 128 ? 1 : 10;
    }
    return pos;
  }
}
