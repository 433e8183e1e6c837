package migrationtutor.sandbox.shell;

import java.util.BitSet;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Shell wildcard patterns ({@code *}, {@code ?}, {@code [abc]}, {@code [!a-z]}, {@code
 * [[:digit:]]}) as regular expressions, for one path component: used for globs on the command line,
 * {@code tree -I} and {@code grep --include}.
 */
public final class GlobPattern {
  private static final Map<String, String> CLASSES =
      Map.ofEntries(
          Map.entry("alpha", "\\p{Alpha}"), Map.entry("digit", "\\p{Digit}"),
          Map.entry("alnum", "\\p{Alnum}"), Map.entry("upper", "\\p{Upper}"),
          Map.entry("lower", "\\p{Lower}"), Map.entry("space", "\\s"),
          Map.entry("blank", "\\p{Blank}"), Map.entry("punct", "\\p{Punct}"),
          Map.entry("xdigit", "\\p{XDigit}"), Map.entry("cntrl", "\\p{Cntrl}"),
          Map.entry("print", "\\p{Print}"), Map.entry("graph", "\\p{Graph}"));

  private GlobPattern() {}

  /** Whether {@code text} has a wildcard at a position where {@code active} is set. */
  public static boolean hasWildcard(String text, BitSet active) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (active.get(i) && (c == '*' || c == '?' || c == '[')) {
        return true;
      }
    }
    return false;
  }

  /** A pattern whose every character may be a wildcard. */
  public static Pattern compile(String text) {
    BitSet all = new BitSet();
    all.set(0, text.length());
    return compile(text, all);
  }

  /** A pattern where only the characters at {@code active} positions may be wildcards. */
  public static Pattern compile(String text, BitSet active) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (active.get(i) && c == '*') {
        re.append(".*");
        i++;
      } else if (active.get(i) && c == '?') {
        re.append('.');
        i++;
      } else if (active.get(i) && c == '[') {
        int end = bracket(text, i, re);
        if (end < 0) {
          re.append(literal(c));
          i++;
        } else {
          i = end;
        }
      } else {
        re.append(literal(c));
        i++;
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  /** Appends the class for the bracket at {@code start}; returns the index after it, or -1. */
  private static int bracket(String text, int start, StringBuilder re) {
    int i = start + 1;
    boolean negate = i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '^');
    if (negate) {
      i++;
    }
    StringBuilder cls = new StringBuilder();
    boolean first = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ']' && !first) {
        re.append('[').append(negate ? "^" : "").append(cls).append(']');
        return i + 1;
      }
      first = false;
      if (c == '[' && text.startsWith("[:", i)) {
        int close = text.indexOf(":]", i + 2);
        String name = close < 0 ? null : CLASSES.get(text.substring(i + 2, close));
        if (name != null) {
          cls.append(name);
          i = close + 2;
          continue;
        }
      }
      if (i + 2 < text.length() && text.charAt(i + 1) == '-' && text.charAt(i + 2) != ']') {
        cls.append(literal(c)).append('-').append(literal(text.charAt(i + 2)));
        i += 3;
      } else {
        cls.append(literal(c));
        i++;
      }
    }
    return -1;
  }

  private static String literal(char c) {
    return "\\x{" + Integer.toHexString(c) + "}";
  }
}
