package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Column, table, markdown and box modes: shell.c exec_prepared_stmt_columnar(). The whole result is
 * read first to size the columns; long values wrap at the {@code --wrap} width and embedded line
 * breaks start continuation lines.
 */
final class ColumnarPrinter {
  private static final byte[] BOX_24 = Bytes.utf8("\u2500");
  private static final String BOX_13 = "\u2502";

  private ColumnarPrinter() {}

  static void print(ShellState st, Out out, ResultRows rows) throws SQLException {
    if (!rows.next()) {
      return;
    }
    byte[][] names = rows.names();
    int nColumn = names.length;
    if (nColumn > st.colWidth.length) {
      // The widths array grows for good, as shell.c reallocates p->colWidth (.show lists it).
      st.colWidth = Arrays.copyOf(st.colWidth, nColumn);
    }
    int[] actual = new int[nColumn];
    for (int i = 0; i < nColumn; i++) {
      actual[i] = Math.abs(st.colWidth[i]);
    }
    List<byte[]> data = new ArrayList<>();
    List<Boolean> rowDiv = new ArrayList<>();
    byte[][] tails = new byte[nColumn][];
    for (int i = 0; i < nColumn; i++) {
      data.add(Wrap.split(names[i], wrapWidth(st, i), st.wordWrap).line());
    }
    SQLException failure = null;
    boolean multiLine = false;
    boolean nextLine = false;
    Cell[] cells = rows.row();
    while (true) {
      boolean useNextLine = nextLine;
      nextLine = false;
      rowDiv.add(true);
      for (int i = 0; i < nColumn; i++) {
        byte[] z;
        if (useNextLine) {
          z = tails[i] == null ? Bytes.EMPTY : tails[i];
        } else if (st.quoteColumns) {
          z = quoted(cells[i]);
        } else {
          z = cells[i].text();
          if (z == null) {
            z = st.nullValue;
          }
        }
        Wrap.Result w = Wrap.split(z, wrapWidth(st, i), st.wordWrap);
        data.add(w.line());
        tails[i] = w.tail();
        if (w.tail() != null) {
          nextLine = true;
          rowDiv.set(rowDiv.size() - 1, false);
          multiLine = true;
        }
      }
      if (nextLine) {
        continue;
      }
      boolean more;
      try {
        more = rows.next();
      } catch (SQLException e) {
        failure = e;
        more = false;
      }
      if (!more) {
        break;
      }
      cells = rows.row();
    }
    for (int i = 0; i < data.size(); i++) {
      int n = Bytes.charCount(data.get(i));
      int j = i % nColumn;
      actual[j] = Math.max(actual[j], n);
    }
    render(st, out, data, rowDiv, actual, nColumn, multiLine);
    if (failure != null) {
      throw failure;
    }
  }

  private static int wrapWidth(ShellState st, int i) {
    int wx = st.colWidth[i];
    if (wx == 0) {
      wx = st.wrap;
    }
    return Math.abs(wx);
  }

  /** shell.c quoted_column(). */
  private static byte[] quoted(Cell c) {
    switch (c.type) {
      case Cell.NULL:
        return Bytes.utf8("NULL");
      case Cell.TEXT:
        return Bytes.concat(
            Bytes.utf8("'"), Bytes.utf8(Bytes.str(c.text()).replace("'", "''")), Bytes.utf8("'"));
      case Cell.BLOB:
        StringBuilder s = new StringBuilder("x'");
        for (byte b : c.bytes) {
          s.append(String.format("%02x", b & 0xff));
        }
        return Bytes.utf8(s.append('\'').toString());
      default:
        return c.text();
    }
  }

  private static void render(
      ShellState st,
      Out out,
      List<byte[]> data,
      List<Boolean> rowDiv,
      int[] actual,
      int nColumn,
      boolean multiLine) {
    Mode mode = st.cMode;
    String colSep = "";
    String rowSep = "";
    switch (mode) {
      case COLUMN:
        colSep = "  ";
        rowSep = "\n";
        if (st.showHeader) {
          for (int i = 0; i < nColumn; i++) {
            int w = st.colWidth[i] < 0 ? -actual[i] : actual[i];
            widthPrint(out, w, data.get(i));
            out.print(i == nColumn - 1 ? "\n" : "  ");
          }
          for (int i = 0; i < nColumn; i++) {
            out.print("-".repeat(actual[i]));
            out.print(i == nColumn - 1 ? "\n" : "  ");
          }
        }
        break;
      case TABLE:
      case MARKDOWN:
        colSep = " | ";
        rowSep = " |\n";
        if (mode == Mode.TABLE) {
          separator(out, actual, "+");
        }
        out.print("| ");
        for (int i = 0; i < nColumn; i++) {
          centered(out, data.get(i), actual[i]);
          out.print(i == nColumn - 1 ? " |\n" : " | ");
        }
        separator(out, actual, mode == Mode.TABLE ? "+" : "|");
        break;
      default:
        colSep = " " + BOX_13 + " ";
        rowSep = " " + BOX_13 + "\n";
        boxSeparator(out, actual, "\u250c", "\u252c", "\u2510");
        out.print(BOX_13 + " ");
        for (int i = 0; i < nColumn; i++) {
          centered(out, data.get(i), actual[i]);
          out.print(i == nColumn - 1 ? " " + BOX_13 + "\n" : " " + BOX_13 + " ");
        }
        boxSeparator(out, actual, "\u251c", "\u253c", "\u2524");
        break;
    }
    int total = data.size();
    for (int i = nColumn, j = 0; i < total; i++, j++) {
      if (j == 0 && mode != Mode.COLUMN) {
        out.print(mode == Mode.BOX ? BOX_13 + " " : "| ");
      }
      byte[] z = data.get(i);
      int w = st.colWidth[j] < 0 ? -actual[j] : actual[j];
      widthPrint(out, w, z);
      if (j == nColumn - 1) {
        out.print(rowSep);
        if (multiLine && rowDiv.get(i / nColumn - 1) && i + 1 < total) {
          if (mode == Mode.TABLE) {
            separator(out, actual, "+");
          } else if (mode == Mode.BOX) {
            boxSeparator(out, actual, "\u251c", "\u253c", "\u2524");
          } else if (mode == Mode.COLUMN) {
            out.print("\n");
          }
        }
        j = -1;
      } else {
        out.print(colSep);
      }
    }
    if (mode == Mode.TABLE) {
      separator(out, actual, "+");
    } else if (mode == Mode.BOX) {
      boxSeparator(out, actual, "\u2514", "\u2534", "\u2518");
    }
  }

  private static void centered(Out out, byte[] z, int w) {
    int n = Bytes.charCount(z);
    out.spaces((w - n) / 2).write(z).spaces((w - n + 1) / 2);
  }

  /** shell.c print_row_separator(). */
  private static void separator(Out out, int[] actual, String sep) {
    if (actual.length > 0) {
      out.print(sep);
      for (int i = 0; i < actual.length; i++) {
        if (i > 0) {
          out.print(sep);
        }
        out.print("-".repeat(actual[i] + 2));
      }
      out.print(sep);
    }
    out.print("\n");
  }

  /** shell.c print_box_row_separator(). */
  private static void boxSeparator(Out out, int[] actual, String s1, String s2, String s3) {
    if (actual.length > 0) {
      out.print(s1);
      for (int i = 0; i < actual.length; i++) {
        if (i > 0) {
          out.print(s2);
        }
        for (int k = 0; k < actual[i] + 2; k++) {
          out.write(BOX_24);
        }
      }
      out.print(s3);
    }
    out.print("\n");
  }

  /**
   * shell.c utf8_width_print(): pads to |w| characters (right-justified when w is negative) and
   * cuts longer text at w characters.
   */
  static void widthPrint(Out out, int w, byte[] z) {
    int aw = Math.abs(w);
    int n = 0;
    int i;
    for (i = 0; i < z.length; i++) {
      if ((z[i] & 0xc0) != 0x80) {
        n++;
        if (n == aw) {
          do {
            i++;
          } while (i < z.length && (z[i] & 0xc0) == 0x80);
          break;
        }
      }
    }
    if (n >= aw) {
      out.write(z, 0, i);
    } else if (w < 0) {
      out.spaces(aw - n).write(z);
    } else {
      out.write(z).spaces(aw - n);
    }
  }
}
