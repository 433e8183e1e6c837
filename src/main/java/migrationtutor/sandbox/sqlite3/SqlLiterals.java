package migrationtutor.sandbox.sqlite3;

/** Values written back as SQL: insert mode and {@code .dump} (shell_callback's MODE_Insert). */
final class SqlLiterals {
  private SqlLiterals() {}

  /**
   * A REAL as insert and json modes write it: "1e999" for infinities; in insert mode a whole number
   * as "%lld.0"; otherwise {@code %!.20g}.
   */
  static String real(double r, boolean insert) {
    if (r == Double.POSITIVE_INFINITY) {
      return "1e999";
    }
    if (r == Double.NEGATIVE_INFINITY) {
      return "-1e999";
    }
    if (insert) {
      // C's (sqlite3_int64)r yields INT64_MIN for values out of range on x86-64, so only values
      // inside [-2^63, 2^63) can take the integer form.
      if (r >= -0x1p63 && r < 0x1p63) {
        long ir = (long) r;
        if (r == (double) ir) {
          return ir + ".0";
        }
      }
    }
    return FloatText.generic(r, 20);
  }

  /** One {@code INSERT INTO t VALUES(...);} line. */
  static void insertRow(Out out, ShellState st, byte[][] names, Cell[] cells) {
    out.print("INSERT INTO ");
    out.write(st.destTable == null ? Bytes.utf8("(null)") : st.destTable);
    if (st.showHeader) {
      out.print("(");
      for (int i = 0; i < names.length; i++) {
        if (i > 0) {
          out.print(",");
        }
        if (Identifiers.needsQuote(names[i])) {
          out.print(Identifiers.doubleQuote(Bytes.str(names[i])));
        } else {
          out.write(names[i]);
        }
      }
      out.print(")");
    }
    for (int i = 0; i < cells.length; i++) {
      out.print(i > 0 ? "," : " VALUES(");
      Cell c = cells[i];
      switch (c.type) {
        case Cell.NULL:
          out.print("NULL");
          break;
        case Cell.TEXT:
          if (st.dumpNewlines) {
            Quoting.quoted(out, c.text());
          } else {
            Quoting.quotedEscaped(out, c.text());
          }
          break;
        case Cell.FLOAT:
          out.print(real(c.real, true));
          break;
        case Cell.BLOB:
          Quoting.hexBlob(out, c.bytes);
          break;
        default:
          out.write(c.text());
      }
    }
    out.print(");\n");
  }
}
