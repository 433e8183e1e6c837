package migrationtutor.sandbox.shell.files;

import java.util.ArrayList;
import java.util.List;

/** GNU diff's normal ({@code 2c2}) and unified ({@code @@ -1,3 +1,4 @@}) output of an edit. */
final class DiffFormats {
  private static final String NO_NEWLINE = "\\ No newline at end of file\n";

  /** A change: lines {@code a[aStart, aStart+aLen)} become {@code b[bStart, bStart+bLen)}. */
  private record Change(int aStart, int aLen, int bStart, int bLen) {}

  private DiffFormats() {}

  private static List<Change> changes(List<EditScript.Run> runs) {
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      EditScript.Run r = runs.get(i);
      if (r.op() == '=') {
        continue;
      }
      if (r.op() == '-') {
        int bLen = 0;
        if (i + 1 < runs.size() && runs.get(i + 1).op() == '+') {
          bLen = runs.get(++i).length();
        }
        out.add(new Change(r.aStart(), r.length(), r.bStart(), bLen));
      } else {
        out.add(new Change(r.aStart(), 0, r.bStart(), r.length()));
      }
    }
    return out;
  }

  static void normal(List<EditScript.Run> runs, List<String> a, List<String> b, StringBuilder out) {
    for (Change c : changes(runs)) {
      if (c.bLen() == 0) {
        out.append(range(c.aStart(), c.aLen())).append('d').append(c.bStart()).append('\n');
      } else if (c.aLen() == 0) {
        out.append(c.aStart()).append('a').append(range(c.bStart(), c.bLen())).append('\n');
      } else {
        out.append(range(c.aStart(), c.aLen()))
            .append('c')
            .append(range(c.bStart(), c.bLen()))
            .append('\n');
      }
      for (int i = 0; i < c.aLen(); i++) {
        line(out, "< ", a.get(c.aStart() + i));
      }
      if (c.aLen() > 0 && c.bLen() > 0) {
        out.append("---\n");
      }
      for (int i = 0; i < c.bLen(); i++) {
        line(out, "> ", b.get(c.bStart() + i));
      }
    }
  }

  static void unified(
      List<EditScript.Run> runs, List<String> a, List<String> b, int context, StringBuilder out) {
    List<Change> all = changes(runs);
    int i = 0;
    while (i < all.size()) {
      int j = i;
      while (j + 1 < all.size()
          && all.get(j + 1).aStart() - (all.get(j).aStart() + all.get(j).aLen()) <= 2 * context) {
        j++;
      }
      Change first = all.get(i);
      Change last = all.get(j);
      int aFrom = Math.max(0, first.aStart() - context);
      int bFrom = first.bStart() - (first.aStart() - aFrom);
      int aTo = Math.min(a.size(), last.aStart() + last.aLen() + context);
      int bTo = last.bStart() + last.bLen() + (aTo - (last.aStart() + last.aLen()));
      out.append("@@ -")
          .append(hunkRange(aFrom, aTo - aFrom))
          .append(" +")
          .append(hunkRange(bFrom, bTo - bFrom))
          .append(" @@\n");
      int pos = aFrom;
      for (int k = i; k <= j; k++) {
        Change c = all.get(k);
        for (; pos < c.aStart(); pos++) {
          line(out, " ", a.get(pos));
        }
        for (int x = 0; x < c.aLen(); x++) {
          line(out, "-", a.get(c.aStart() + x));
        }
        for (int x = 0; x < c.bLen(); x++) {
          line(out, "+", b.get(c.bStart() + x));
        }
        pos = c.aStart() + c.aLen();
      }
      for (; pos < aTo; pos++) {
        line(out, " ", a.get(pos));
      }
      i = j + 1;
    }
  }

  private static void line(StringBuilder out, String mark, String line) {
    out.append(mark).append(line);
    if (!line.endsWith("\n")) {
      out.append('\n').append(NO_NEWLINE);
    }
  }

  /** A 1-based line range for the normal format: {@code 3} or {@code 3,5}. */
  private static String range(int start, int len) {
    return len == 1 ? String.valueOf(start + 1) : (start + 1) + "," + (start + len);
  }

  /** A unified hunk range: {@code 3}, {@code 3,4}, or {@code 2,0} for an empty side. */
  private static String hunkRange(int start, int len) {
    if (len == 0) {
      return start + ",0";
    }
    return len == 1 ? String.valueOf(start + 1) : (start + 1) + "," + len;
  }
}
