package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;

/**
 * Prints a result in the row-at-a-time modes: shell.c exec_prepared_stmt() and shell_callback()
 * (list, line, csv, quote, insert, json, html, tcl, ascii, count, off). Columnar modes and EXPLAIN
 * output go to {@link ColumnarPrinter} and {@link ExplainPrinter}.
 */
final class RowPrinter {
  private final ShellState st;
  private final Out out;
  private int cnt;

  private RowPrinter(ShellState st, Out out) {
    this.st = st;
    this.out = out;
  }

  /** A printer for rows handed to {@link #row} one at a time. */
  static RowPrinter forState(ShellState st, Out out) {
    return new RowPrinter(st, out);
  }

  /** Prints every row; a stepping error is rethrown after what was printed is finished off. */
  static void print(ShellState st, Out out, ResultRows rows) throws SQLException {
    if (st.cMode.columnar()) {
      ColumnarPrinter.print(st, out, rows);
      return;
    }
    if (st.cMode == Mode.EXPLAIN || st.cMode == Mode.EQP) {
      ExplainPrinter.print(st, out, rows);
      return;
    }
    new RowPrinter(st, out).run(rows);
  }

  private void run(ResultRows rows) throws SQLException {
    if (!rows.next()) {
      return;
    }
    long n = 0;
    SQLException failure = null;
    byte[][] names = rows.names();
    boolean more = true;
    while (more) {
      n++;
      row(names, rows.row());
      try {
        more = rows.next();
      } catch (SQLException e) {
        failure = e;
        more = false;
      }
    }
    if (st.cMode == Mode.JSON) {
      out.print("]\n");
    } else if (st.cMode == Mode.COUNT) {
      out.print(Long.toUnsignedString(n) + " row" + (n != 1 ? "s" : "") + "\n");
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static byte[] orNull(byte[] v, byte[] nullValue) {
    return v == null ? nullValue : v;
  }

  /** shell_callback() for one row. */
  void row(byte[][] names, Cell[] cells) {
    int n = cells.length;
    switch (st.cMode) {
      case LINE:
        line(names, cells);
        break;
      case LIST:
        if (cnt++ == 0 && st.showHeader) {
          for (int i = 0; i < n; i++) {
            out.write(names[i]).write(i == n - 1 ? st.rowSeparator : st.colSeparator);
          }
        }
        for (int i = 0; i < n; i++) {
          out.write(orNull(cells[i].text(), st.nullValue));
          out.write(i < n - 1 ? st.colSeparator : st.rowSeparator);
        }
        break;
      case HTML:
        html(names, cells);
        break;
      case TCL:
        if (cnt++ == 0 && st.showHeader) {
          for (int i = 0; i < n; i++) {
            Quoting.cString(out, names[i]);
            if (i < n - 1) {
              out.write(st.colSeparator);
            }
          }
          out.write(st.rowSeparator);
        }
        for (int i = 0; i < n; i++) {
          Quoting.cString(out, orNull(cells[i].text(), st.nullValue));
          if (i < n - 1) {
            out.write(st.colSeparator);
          }
        }
        out.write(st.rowSeparator);
        break;
      case CSV:
        if (cnt++ == 0 && st.showHeader) {
          for (int i = 0; i < n; i++) {
            Quoting.csv(out, names[i], st.nullValue, st.colSeparator, i < n - 1);
          }
          out.write(st.rowSeparator);
        }
        if (n > 0) {
          for (int i = 0; i < n; i++) {
            Quoting.csv(out, cells[i].text(), st.nullValue, st.colSeparator, i < n - 1);
          }
          out.write(st.rowSeparator);
        }
        break;
      case INSERT:
        SqlLiterals.insertRow(out, st, names, cells);
        cnt++;
        break;
      case JSON:
        json(names, cells);
        break;
      case QUOTE:
        quote(names, cells);
        break;
      case ASCII:
        if (cnt++ == 0 && st.showHeader) {
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              out.write(st.colSeparator);
            }
            out.write(names[i]);
          }
          out.write(st.rowSeparator);
        }
        for (int i = 0; i < n; i++) {
          if (i > 0) {
            out.write(st.colSeparator);
          }
          out.write(orNull(cells[i].text(), st.nullValue));
        }
        out.write(st.rowSeparator);
        break;
      case SEMI:
        SchemaText.printLine(out, cells[0].text(), ";\n");
        break;
      case PRETTY:
        SchemaText.printPretty(out, cells[0].text());
        break;
      default:
        // MODE_Count and MODE_Off print no rows.
        break;
    }
  }

  private void line(byte[][] names, Cell[] cells) {
    int w = 5;
    for (byte[] name : names) {
      w = Math.max(w, name.length);
    }
    if (cnt++ > 0) {
      out.write(st.rowSeparator);
    }
    for (int i = 0; i < cells.length; i++) {
      out.padLeft(names[i], w).print(" = ");
      out.write(orNull(cells[i].text(), st.nullValue)).write(st.rowSeparator);
    }
  }

  private void html(byte[][] names, Cell[] cells) {
    if (cnt++ == 0 && st.showHeader) {
      out.print("<TR>");
      for (byte[] name : names) {
        out.print("<TH>");
        Quoting.html(out, name);
        out.print("</TH>\n");
      }
      out.print("</TR>\n");
    }
    out.print("<TR>");
    for (Cell c : cells) {
      out.print("<TD>");
      Quoting.html(out, orNull(c.text(), st.nullValue));
      out.print("</TD>\n");
    }
    out.print("</TR>\n");
  }

  private void json(byte[][] names, Cell[] cells) {
    out.print(cnt == 0 ? "[{" : ",\n{");
    cnt++;
    for (int i = 0; i < cells.length; i++) {
      Quoting.json(out, names[i]);
      out.print(":");
      Cell c = cells[i];
      switch (c.type) {
        case Cell.NULL:
          out.print("null");
          break;
        case Cell.FLOAT:
          out.print(SqlLiterals.real(c.real, false));
          break;
        case Cell.BLOB:
          Quoting.json(out, c.bytes);
          break;
        case Cell.TEXT:
          Quoting.json(out, c.text());
          break;
        default:
          out.write(c.text());
      }
      if (i < cells.length - 1) {
        out.print(",");
      }
    }
    out.print("}");
  }

  private void quote(byte[][] names, Cell[] cells) {
    if (cnt == 0 && st.showHeader) {
      for (int i = 0; i < names.length; i++) {
        if (i > 0) {
          out.write(st.colSeparator);
        }
        Quoting.quoted(out, names[i]);
      }
      out.write(st.rowSeparator);
    }
    cnt++;
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(st.colSeparator);
      }
      Cell c = cells[i];
      switch (c.type) {
        case Cell.NULL:
          out.print("NULL");
          break;
        case Cell.TEXT:
          Quoting.quoted(out, c.text());
          break;
        case Cell.FLOAT:
          out.print(FloatText.generic(c.real, 20));
          break;
        case Cell.BLOB:
          Quoting.hexBlob(out, c.bytes);
          break;
        default:
          out.write(c.text());
      }
    }
    out.write(st.rowSeparator);
  }
}
