package migrationtutor.sandbox.sqlite3;

/** sqlite3_strglob() and sqlite3_strlike() for the shell's own pattern tests. */
final class Glob {
  private Glob() {}

  /** GLOB: '*', '?', and [...] classes (with ^ and ranges); case-sensitive. */
  static boolean matches(String pattern, String s) {
    return glob(pattern, 0, s, 0);
  }

  private static boolean glob(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi++);
      if (c == '*') {
        while (pi < p.length() && (p.charAt(pi) == '*' || p.charAt(pi) == '?')) {
          if (p.charAt(pi) == '?') {
            if (si >= s.length()) {
              return false;
            }
            si++;
          }
          pi++;
        }
        if (pi >= p.length()) {
          return true;
        }
        for (int k = si; k <= s.length(); k++) {
          if (glob(p, pi, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length()) {
        return false;
      }
      char sc = s.charAt(si++);
      if (c == '?') {
        continue;
      }
      if (c == '[') {
        int end = pi;
        boolean invert = end < p.length() && p.charAt(end) == '^';
        if (invert) {
          end++;
        }
        boolean seen = false;
        int start = end;
        while (end < p.length() && (p.charAt(end) != ']' || end == start)) {
          char lo = p.charAt(end);
          if (end + 2 < p.length() && p.charAt(end + 1) == '-' && p.charAt(end + 2) != ']') {
            char hi = p.charAt(end + 2);
            seen |= sc >= lo && sc <= hi;
            end += 3;
          } else {
            seen |= sc == lo;
            end++;
          }
        }
        if (end >= p.length() || seen == invert) {
          return false;
        }
        pi = end + 1;
        continue;
      }
      if (c != sc) {
        return false;
      }
    }
    return si == s.length();
  }

  /** LIKE with '%' and '_', ASCII case-insensitive, no escape character. */
  static boolean like(String pattern, String s) {
    return like(pattern, 0, s, 0, (char) 0);
  }

  /** LIKE with an escape character. */
  static boolean like(String pattern, String s, char escape) {
    return like(pattern, 0, s, 0, escape);
  }

  private static boolean like(String p, int pi, String s, int si, char esc) {
    while (pi < p.length()) {
      char c = p.charAt(pi++);
      if (esc != 0 && c == esc && pi < p.length()) {
        if (si >= s.length() || lower(p.charAt(pi++)) != lower(s.charAt(si++))) {
          return false;
        }
        continue;
      }
      if (c == '%') {
        while (pi < p.length() && p.charAt(pi) == '%') {
          pi++;
        }
        if (pi >= p.length()) {
          return true;
        }
        for (int k = si; k <= s.length(); k++) {
          if (like(p, pi, s, k, esc)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length()) {
        return false;
      }
      char sc = s.charAt(si++);
      if (c != '_' && lower(c) != lower(sc)) {
        return false;
      }
    }
    return si == s.length();
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
