package migrationtutor.course.check;

import java.util.Locale;

/** How the checks normalize SQL text: case, quoting and blanks do not count. */
final class Sql {
  private Sql() {}

  /** A declared type as messages show it: upper case, single blanks, {@code NUMERIC(10, 2)}. */
  static String displayType(String type) {
    String t = type.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    t = t.replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*\\)", ")").replaceAll("\\s*,\\s*", ", ");
    return t;
  }

  static boolean sameType(String a, String b) {
    return displayType(a).equals(displayType(b));
  }

  /**
   * A comparison key for an SQL fragment or a name: identifier quotes ({@code "x"}, {@code `x`},
   * {@code [x]}) removed, blanks collapsed, case folded outside string literals, and one pair of
   * parentheses around the whole dropped.
   */
  static String key(String sql) {
    StringBuilder b = new StringBuilder();
    boolean inString = false;
    String s = sql.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        inString = !inString;
        b.append(c);
      } else if (inString) {
        b.append(c);
      } else if (c == '"' || c == '`' || c == '[' || c == ']') {
        continue;
      } else if (Character.isWhitespace(c)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      } else {
        b.append(Character.toLowerCase(c));
      }
    }
    String k = b.toString().strip().replaceAll(" ?([(),]) ?", "$1");
    if (k.startsWith("(") && k.endsWith(")") && balanced(k.substring(1, k.length() - 1))) {
      k = k.substring(1, k.length() - 1);
    }
    return k;
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** A value as a message quotes it: {@code 'Write report'}, {@code NULL}, {@code 3}. */
  static String literal(Object v) {
    if (v == null) {
      return "NULL";
    }
    if (v instanceof String s) {
      return "'" + s.replace("'", "''") + "'";
    }
    if (v instanceof byte[] bytes) {
      return "a blob of " + bytes.length + " bytes";
    }
    return v.toString();
  }
}
