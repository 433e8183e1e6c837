package migrationtutor.sandbox.shell.builtin;

/** The backslash escapes of {@code echo -e}, as bash interprets them. */
final class Escapes {
  private Escapes() {}

  /** Appends {@code s} with escapes interpreted; returns true at {@code \c} (stop output). */
  static boolean interpret(String s, StringBuilder out) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c != '\\' || i >= s.length()) {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'a' -> out.append('\007');
        case 'b' -> out.append('\b');
        case 'c' -> {
          return true;
        }
        case 'e', 'E' -> out.append('\033');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append('\013');
        case '\\' -> out.append('\\');
        case '0' -> i = number(s, i, 8, 3, out, "\\0");
        case 'x' -> i = number(s, i, 16, 2, out, "\\x");
        case 'u' -> i = number(s, i, 16, 4, out, "\\u");
        case 'U' -> i = number(s, i, 16, 8, out, "\\U");
        default -> out.append('\\').append(e);
      }
    }
    return false;
  }

  private static int number(String s, int i, int radix, int max, StringBuilder out, String ifNone) {
    int j = i;
    int value = 0;
    while (j < s.length() && j - i < max && Character.digit(s.charAt(j), radix) >= 0) {
      value = value * radix + Character.digit(s.charAt(j), radix);
      j++;
    }
    if (j == i && radix == 16) {
      out.append(ifNone);
      return i;
    }
    if (Character.isValidCodePoint(value)) {
      out.appendCodePoint(value);
    }
    return j;
  }
}
