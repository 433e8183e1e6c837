package migrationtutor.sandbox.shell.files;

import java.util.List;

/**
 * GNU ls's many-per-line layout ({@code -C}, the default on a terminal): names fill columns top to
 * bottom, with the most columns that fit the line; each column is as wide as its longest name plus
 * two, and the gaps are filled with tabs (every 8 columns) and spaces, as ls 9.1 does.
 */
final class Columns {
  private static final int MIN_COLUMN_WIDTH = 3;
  private static final int TAB = 8;

  private Columns() {}

  /** The listing of {@code names} (display widths in {@code widths}) for a line of width. */
  static String layout(List<String> names, int[] widths, int lineLength) {
    int n = names.size();
    if (n == 0) {
      return "";
    }
    int cols = columns(widths, lineLength);
    int rows = (n + cols - 1) / cols;
    int[] colWidth = new int[cols];
    for (int i = 0; i < n; i++) {
      int col = i / rows;
      int w = widths[i] + (col == cols - 1 ? 0 : 2);
      colWidth[col] = Math.max(colWidth[col], w);
    }
    StringBuilder b = new StringBuilder();
    for (int row = 0; row < rows; row++) {
      int pos = 0;
      int col = 0;
      int i = row;
      while (true) {
        b.append(names.get(i));
        int max = colWidth[col++];
        int next = i + rows;
        if (next >= n) {
          break;
        }
        indent(b, pos + widths[i], pos + max);
        pos += max;
        i = next;
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** ls.c calculate_columns(): the most columns whose line stays shorter than the width. */
  private static int columns(int[] widths, int lineLength) {
    int n = widths.length;
    int maxIdx = Math.max(1, lineLength / MIN_COLUMN_WIDTH);
    int maxCols = Math.min(maxIdx, n);
    for (int cols = maxCols; cols > 1; cols--) {
      int[] colArr = new int[cols];
      java.util.Arrays.fill(colArr, MIN_COLUMN_WIDTH);
      int lineLen = cols * MIN_COLUMN_WIDTH;
      boolean valid = true;
      for (int f = 0; f < n && valid; f++) {
        int idx = f / ((n + cols - 1) / cols); // the column of file f with this many
        int real = widths[f] + (idx == cols - 1 ? 0 : 2);
        if (colArr[idx] < real) {
          lineLen += real - colArr[idx];
          colArr[idx] = real;
          valid = lineLen < lineLength;
        }
      }
      if (valid) {
        return cols;
      }
    }
    return 1;
  }

  private static void indent(StringBuilder b, int from, int to) {
    while (from < to) {
      if (to / TAB > (from + 1) / TAB) {
        b.append('\t');
        from += TAB - from % TAB;
      } else {
        b.append(' ');
        from++;
      }
    }
  }
}
