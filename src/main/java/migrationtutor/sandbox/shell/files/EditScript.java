package migrationtutor.sandbox.shell.files;

import java.util.ArrayList;
import java.util.List;

/**
 * The shortest edit script between two lists of lines (Myers' O(ND) algorithm), as runs of kept,
 * deleted and inserted lines. Within a change, deletions come before insertions, as diff prints
 * them.
 */
final class EditScript {
  /** A run of lines: kept (in both), deleted (from a) or inserted (from b). */
  record Run(char op, int aStart, int bStart, int length) {}

  /** The inputs differ too much to compare in reasonable time and memory. */
  static final class TooDifferent extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** The most differing lines compared (diff of a whole file against another). */
  static final int MAX_EDITS = 4000;

  private EditScript() {}

  static List<Run> of(List<String> a, List<String> b) throws TooDifferent {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int offset = max + 1;
    int[] v = new int[2 * max + 3];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      if (d > MAX_EDITS) {
        throw new TooDifferent();
      }
      // Only diagonals -d-1..d+1 of the previous round are needed to walk back.
      trace.add(java.util.Arrays.copyOfRange(v, offset - d - 1, offset + d + 2));
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || k != d && v[offset + k - 1] < v[offset + k + 1]) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    // Walk back from (n, m), collecting single-line steps in reverse.
    List<char[]> steps = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] vd = trace.get(d);
      int base = d + 1;
      int k = x - y;
      int prevK = k == -d || k != d && vd[base + k - 1] < vd[base + k + 1] ? k + 1 : k - 1;
      int prevX = vd[base + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        steps.add(new char[] {'='});
        x--;
        y--;
      }
      steps.add(new char[] {x == prevX ? '+' : '-'});
      x = prevX;
      y = prevY;
    }
    while (x > 0 && y > 0) {
      steps.add(new char[] {'='});
      x--;
      y--;
    }
    return runs(steps);
  }

  private static List<Run> runs(List<char[]> reversed) {
    List<Run> out = new ArrayList<>();
    int a = 0;
    int b = 0;
    int i = reversed.size() - 1;
    while (i >= 0) {
      if (reversed.get(i)[0] == '=') {
        int len = 0;
        while (i >= 0 && reversed.get(i)[0] == '=') {
          len++;
          i--;
        }
        out.add(new Run('=', a, b, len));
        a += len;
        b += len;
        continue;
      }
      int del = 0;
      int ins = 0;
      while (i >= 0 && reversed.get(i)[0] != '=') {
        if (reversed.get(i)[0] == '-') {
          del++;
        } else {
          ins++;
        }
        i--;
      }
      if (del > 0) {
        out.add(new Run('-', a, b, del));
      }
      if (ins > 0) {
        out.add(new Run('+', a + del, b, ins));
      }
      a += del;
      b += ins;
    }
    return out;
  }
}
