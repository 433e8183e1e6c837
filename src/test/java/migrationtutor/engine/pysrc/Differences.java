package migrationtutor.engine.pysrc;

import java.util.List;

/** Describes where two dumps first differ, briefly enough for a failure message. */
final class Differences {
  private Differences() {}

  /** Null when equal, else the first differing line pair around the first differing char. */
  static String first(List<String> expected, List<String> actual) {
    if (expected == null) {
      return "CPython gave no output";
    }
    int n = Math.max(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      String e = i < expected.size() ? expected.get(i) : "<none>";
      String a = i < actual.size() ? actual.get(i) : "<none>";
      if (!e.equals(a)) {
        int c = 0;
        while (c < e.length() && c < a.length() && e.charAt(c) == a.charAt(c)) {
          c++;
        }
        int from = Math.max(0, c - 80);
        return "statement "
            + (i + 1)
            + "\n  cpython: ..."
            + cut(e, from)
            + "\n  ours:    ..."
            + cut(a, from);
      }
    }
    return null;
  }

  private static String cut(String s, int from) {
    return s.substring(Math.min(from, s.length()), Math.min(s.length(), from + 240));
  }
}
