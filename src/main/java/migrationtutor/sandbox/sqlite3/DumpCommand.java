package migrationtutor.sandbox.sqlite3;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .dump ?OPTIONS? ?PATTERN...?}: the database as SQL text, as shell.c's "dump" branch,
 * dump_callback() and run_table_dump_query() write it.
 */
final class DumpCommand {
  private final Shell shell;
  private final Database db;
  private final Out out;
  private boolean preserveRowids;
  private boolean newlines;
  private boolean dataOnly;
  private boolean noSys;
  private boolean writableSchema;
  private int nErr;

  private DumpCommand(Shell shell) {
    this.shell = shell;
    this.db = shell.db();
    this.out = shell.out();
  }

  static int run(Shell shell, DotArgs a) {
    String like = null;
    List<String> flags = new ArrayList<>();
    for (int i = 1; i < a.count(); i++) {
      String z = a.get(i);
      if (z.startsWith("-")) {
        String opt = z.startsWith("--") ? z.substring(2) : z.substring(1);
        if (List.of("preserve-rowids", "newlines", "data-only", "nosys").contains(opt)) {
          flags.add(opt);
        } else {
          shell.err().print("Unknown option \"" + z + "\" on \".dump\"\n");
          return 1;
        }
      } else {
        String q = Identifiers.singleQuote(z);
        String expr =
            "name LIKE "
                + q
                + " ESCAPE '\\' OR EXISTS ("
                + "  SELECT 1 FROM sqlite_schema WHERE     name LIKE "
                + q
                + " ESCAPE '\\' AND"
                + "    sql LIKE 'CREATE VIRTUAL TABLE%' AND"
                + "    substr(o.name, 1, length(name)+1) == (name||'_'))";
        like = like == null ? expr : like + " OR " + expr;
      }
    }
    DumpCommand d = new DumpCommand(shell);
    d.preserveRowids = flags.contains("preserve-rowids");
    d.newlines = flags.contains("newlines");
    d.dataOnly = flags.contains("data-only");
    d.noSys = flags.contains("nosys");
    d.dump(like == null ? "true" : like);
    return 0;
  }

  private void dump(String like) {
    if (!dataOnly) {
      // Foreign keys off: the rows may come in an order that would violate them.
      out.print("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n");
    }
    db.execQuietly("SAVEPOINT dump");
    db.execQuietly("PRAGMA writable_schema=ON");
    try {
      for (Cell[] row :
          db.query(
              "SELECT name, type, sql FROM sqlite_schema AS o WHERE ("
                  + like
                  + ") AND type=='table'  AND sql NOT NULL ORDER BY tbl_name='sqlite_sequence', rowid")) {
        table(text(row[0]), text(row[1]), text(row[2]));
      }
    } catch (SQLException e) {
      nErr++;
    }
    if (!dataOnly) {
      otherObjects(
          "SELECT sql FROM sqlite_schema AS o WHERE ("
              + like
              + ") AND sql NOT NULL"
              + "  AND type IN ('index','trigger','view')");
    }
    if (writableSchema) {
      out.print("PRAGMA writable_schema=OFF;\n");
    }
    db.execQuietly("PRAGMA writable_schema=OFF;");
    db.execQuietly("RELEASE dump;");
    if (!dataOnly) {
      out.print(nErr > 0 ? "ROLLBACK; -- due to errors\n" : "COMMIT;\n");
    }
  }

  private static String text(Cell c) {
    byte[] t = c.text();
    return t == null ? null : Bytes.str(t);
  }

  /** shell.c dump_callback(). */
  private void table(String name, String type, String sql) {
    if (name == null || type == null) {
      return;
    }
    if (name.equals("sqlite_sequence") && !noSys) {
      if (!dataOnly) {
        out.print("DELETE FROM sqlite_sequence;\n");
      }
    } else if (Glob.matches("sqlite_stat?", name) && !noSys) {
      if (!dataOnly) {
        out.print("ANALYZE sqlite_schema;\n");
      }
    } else if (name.startsWith("sqlite_")) {
      return;
    } else if (dataOnly) {
      // rows only
    } else if (sql.startsWith("CREATE VIRTUAL TABLE")) {
      if (!writableSchema) {
        out.print("PRAGMA writable_schema=ON;\n");
        writableSchema = true;
      }
      out.print(
          "INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table',"
              + Identifiers.singleQuote(name)
              + ","
              + Identifiers.singleQuote(name)
              + ",0,"
              + Identifiers.singleQuote(sql)
              + ");\n");
      return;
    } else {
      SchemaText.printLine(out, Bytes.cstr(sql), ";\n");
    }
    if (type.equals("table")) {
      rows(name);
    }
  }

  private void rows(String table) {
    List<String> cols = new ArrayList<>();
    String rowid = null;
    try {
      int nPk = 0;
      boolean ipk = false;
      for (Cell[] c : db.query("PRAGMA table_info=" + Identifiers.singleQuote(table))) {
        cols.add(text(c[1]));
        if (c[5].type == Cell.INTEGER && c[5].integer != 0) {
          nPk++;
          ipk = nPk == 1 && "INTEGER".equalsIgnoreCase(text(c[2]));
        }
      }
      if (cols.isEmpty()) {
        nErr++;
        return;
      }
      if (preserveRowids) {
        rowid = rowidName(table, cols, ipk);
      }
    } catch (SQLException e) {
      nErr++;
      return;
    }
    StringBuilder dest = new StringBuilder(Identifiers.quoteIfNeeded(table));
    StringBuilder select = new StringBuilder("SELECT ");
    if (rowid != null) {
      dest.append('(').append(rowid);
      for (String c : cols) {
        dest.append(',').append(Identifiers.quoteIfNeeded(c));
      }
      dest.append(')');
      select.append(rowid).append(',');
    }
    for (int i = 0; i < cols.size(); i++) {
      select.append(Identifiers.quoteIfNeeded(cols.get(i))).append(i + 1 < cols.size() ? "," : "");
    }
    select.append(" FROM ").append(Identifiers.quoteIfNeeded(table));
    ShellState ins = new ShellState();
    ins.mode = ins.cMode = Mode.INSERT;
    ins.destTable = Bytes.cstr(dest.toString());
    ins.dumpNewlines = newlines;
    try (PreparedStatement ps = db.prepare(select.toString())) {
      if (ps.execute()) {
        RowPrinter.print(ins, out, Database.JdbcRows.of(ps.getResultSet()));
      }
    } catch (SQLException e) {
      nErr++;
    }
  }

  /** tableColumnList()'s rowid decision for --preserve-rowids. */
  private String rowidName(String table, List<String> cols, boolean ipk) throws SQLException {
    if (ipk
        && db.query(
                "SELECT 1 FROM pragma_index_list("
                    + Identifiers.singleQuote(table)
                    + ") WHERE origin='pk'")
            .isEmpty()) {
      return null;
    }
    for (String cand : new String[] {"rowid", "_rowid_", "oid"}) {
      if (cols.stream().anyMatch(c -> c.equalsIgnoreCase(cand))) {
        continue;
      }
      try (PreparedStatement ps =
          db.prepare("SELECT " + cand + " FROM " + Identifiers.doubleQuote(table) + " LIMIT 0")) {
        return cand;
      } catch (SQLException e) {
        return null;
      }
    }
    return null;
  }

  /** shell.c run_table_dump_query() for indexes, triggers and views. */
  private void otherObjects(String query) {
    try (PreparedStatement ps = db.prepare(query)) {
      if (!ps.execute()) {
        return;
      }
      ResultRows r = Database.JdbcRows.of(ps.getResultSet());
      while (r.next()) {
        Cell[] row = r.row();
        byte[] z = row[0].text();
        out.write(z == null ? Bytes.utf8("(null)") : z);
        for (int i = 1; i < row.length; i++) {
          out.print(",").write(row[i].text() == null ? Bytes.utf8("(null)") : row[i].text());
        }
        boolean comment = z != null && Bytes.indexOf(z, Bytes.utf8("--")) >= 0;
        out.print(comment ? "\n;\n" : ";\n");
      }
    } catch (SQLException e) {
      SqliteError err = SqliteError.of(e);
      out.print("/**** ERROR: (" + err.code() + ") " + err.message() + " *****/\n");
      if (err.code() != 11) {
        nErr++;
      }
    }
  }
}
