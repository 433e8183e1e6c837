package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** .tables/.indexes, .schema, .fullschema and .databases (shell.c's branches of those names). */
final class SchemaCommands {
  private SchemaCommands() {}

  /** The schema names of PRAGMA database_list. */
  static List<String> schemas(Database db) throws SQLException {
    List<String> names = new ArrayList<>();
    for (Cell[] row : db.query("PRAGMA database_list")) {
      byte[] n = row[1].text();
      if (n != null) {
        names.add(Bytes.str(n));
      }
    }
    return names;
  }

  private static int databaseError(Shell shell, SQLException e) {
    shell.err().print("Error: " + SqliteError.of(e).message() + "\n");
    return 1;
  }

  /** .tables ?PATTERN? and .indexes ?TABLE?: names in columns sized by the longest name. */
  static int tables(Shell shell, DotArgs a) {
    Database db = shell.db();
    boolean indexes = a.get(0).charAt(0) == 'i';
    List<String> names = new ArrayList<>();
    try {
      List<String> schemas = schemas(db);
      if (a.count() > 2 && indexes) {
        // An historical accident: only .indexes checks its argument count.
        shell.err().print("Usage: .indexes ?LIKE-PATTERN?\n");
        return 1;
      }
      StringBuilder sql = new StringBuilder();
      for (String schema : schemas) {
        if (sql.length() > 0) {
          sql.append(" UNION ALL ");
        }
        if (schema.equalsIgnoreCase("main")) {
          sql.append("SELECT name FROM ");
        } else {
          sql.append("SELECT ").append(Identifiers.singleQuote(schema)).append("||'.'||name FROM ");
        }
        sql.append(Identifiers.doubleQuote(schema)).append(".sqlite_schema ");
        if (!indexes) {
          sql.append(
              " WHERE type IN ('table','view')   AND name NOT LIKE 'sqlite_%'"
                  + "   AND name LIKE ?1");
        } else {
          sql.append(" WHERE type='index'   AND tbl_name LIKE ?1");
        }
      }
      sql.append(" ORDER BY 1");
      String pattern = a.count() > 1 ? a.get(1) : "%";
      for (Cell[] row : db.query(sql.toString(), pattern)) {
        byte[] t = row[0].text();
        names.add(t == null ? "" : Bytes.str(t));
      }
    } catch (SQLException e) {
      return databaseError(shell, e);
    }
    printColumns(shell.out(), names);
    return 0;
  }

  /** The .tables layout: as many columns as fit 80 characters, filled top to bottom. */
  static void printColumns(Out out, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    List<byte[]> items = new ArrayList<>();
    int maxlen = 0;
    for (String n : names) {
      byte[] b = Bytes.cstr(n);
      items.add(b);
      maxlen = Math.max(maxlen, b.length);
    }
    int nPrintCol = Math.max(1, 80 / (maxlen + 2));
    int nRow = items.size();
    int nPrintRow = (nRow + nPrintCol - 1) / nPrintCol;
    for (int i = 0; i < nPrintRow; i++) {
      for (int j = i; j < nRow; j += nPrintRow) {
        out.print(j < nPrintRow ? "" : "  ");
        out.padRight(items.get(j), maxlen);
      }
      out.print("\n");
    }
  }

  private static boolean option(String z, String opt) {
    if (!z.startsWith("-")) {
      return false;
    }
    String s = z.startsWith("--") ? z.substring(2) : z.substring(1);
    return s.equals(opt);
  }

  /** .schema ?--indent? ?--nosys? ?PATTERN?. */
  static int schema(Shell shell, DotArgs a) {
    Database db = shell.db();
    ShellState view = new ShellState();
    view.cMode = Mode.SEMI;
    String name = null;
    boolean noSys = false;
    boolean debug = false;
    for (int i = 1; i < a.count(); i++) {
      String z = a.get(i);
      if (option(z, "indent")) {
        view.cMode = Mode.PRETTY;
      } else if (option(z, "debug")) {
        debug = true;
      } else if (option(z, "nosys")) {
        noSys = true;
      } else if (z.startsWith("-")) {
        shell.err().print("Unknown option: \"" + z + "\"\n");
        return 1;
      } else if (name == null) {
        name = z;
      } else {
        shell.err().print("Usage: .schema ?--indent? ?--nosys? ?LIKE-PATTERN?\n");
        return 1;
      }
    }
    RowPrinter printer = RowPrinter.forState(view, shell.out());
    byte[][] col = {Bytes.utf8("sql")};
    if (name != null && isSchemaTable(name)) {
      String fake =
          "CREATE TABLE "
              + name
              + " (\n  type text,\n  name text,\n  tbl_name text,\n"
              + "  rootpage integer,\n  sql text\n)";
      printer.row(col, new Cell[] {Cell.ofText(Bytes.cstr(fake))});
    }
    try {
      String sql = SchemaQuery.build(schemas(db), name, noSys);
      if (debug) {
        shell.out().print("SQL: " + sql + ";\n");
        return 0;
      }
      for (Cell[] row : db.query(sql)) {
        byte[] text = SchemaQuery.addSchema(db, row[0].text(), row[1].text(), row[2].text());
        printer.row(col, new Cell[] {text == null ? Cell.ofNull() : Cell.ofText(text)});
      }
    } catch (SQLException e) {
      shell.err().print("Error: " + SqliteError.of(e).message() + "\n");
      return 1;
    }
    return 0;
  }

  /** sqlite3_strlike(name, table, '\\') for the four names of the schema table. */
  private static boolean isSchemaTable(String name) {
    for (String t :
        new String[] {
          "sqlite_master", "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema"
        }) {
      if (Glob.like(name, t, '\\')) {
        return true;
      }
    }
    return false;
  }

  /** .fullschema ?--indent?: the schema, then the sqlite_stat tables as INSERTs. */
  static int fullschema(Shell shell, DotArgs a) {
    ShellState view = new ShellState();
    view.cMode = Mode.SEMI;
    int n = a.count();
    if (n == 2 && option(a.get(1), "indent")) {
      view.cMode = Mode.PRETTY;
      n = 1;
    }
    if (n != 1) {
      shell.err().print("Usage: .fullschema ?--indent?\n");
      return 1;
    }
    Database db = shell.db();
    RowPrinter printer = RowPrinter.forState(view, shell.out());
    byte[][] col = {Bytes.utf8("sql")};
    boolean stats;
    try {
      for (Cell[] row :
          db.query(
              "SELECT sql FROM"
                  + "  (SELECT sql sql, type type, tbl_name tbl_name, name name, rowid x"
                  + "     FROM sqlite_schema UNION ALL"
                  + "   SELECT sql, type, tbl_name, name, rowid FROM sqlite_temp_schema) "
                  + "WHERE type!='meta' AND sql NOTNULL AND name NOT LIKE 'sqlite_%' "
                  + "ORDER BY x")) {
        printer.row(col, row);
      }
      stats =
          !db.query("SELECT rowid FROM sqlite_schema WHERE name GLOB 'sqlite_stat[134]'").isEmpty();
    } catch (SQLException e) {
      // sqlite3_exec() fails silently here; the command still reports no STAT tables.
      shell.out().print("/* No STAT tables available */\n");
      return SqliteError.of(e).code();
    }
    if (!stats) {
      shell.out().print("/* No STAT tables available */\n");
      return 0;
    }
    shell.out().print("ANALYZE sqlite_schema;\n");
    ShellState ins = new ShellState();
    ins.mode = ins.cMode = Mode.INSERT;
    for (String table : new String[] {"sqlite_stat1", "sqlite_stat4"}) {
      ins.destTable = Bytes.utf8(table);
      try {
        for (Cell[] row : db.query("SELECT * FROM " + table)) {
          SqlLiterals.insertRow(shell.out(), ins, new byte[0][], row);
        }
      } catch (SQLException e) {
        // shell.c ignores a missing sqlite_stat4 here too.
      }
    }
    shell.out().print("ANALYZE sqlite_schema;\n");
    return 0;
  }

  /** .databases: each schema's file and whether it is read-only. */
  static int databases(Shell shell, DotArgs a) {
    Database db = shell.db();
    List<String[]> rows = new ArrayList<>();
    try {
      for (Cell[] row : db.query("PRAGMA database_list")) {
        byte[] schema = row[1].text();
        byte[] file = row[2].text();
        if (schema != null && file != null) {
          rows.add(new String[] {Bytes.str(schema), Bytes.str(file)});
        }
      }
    } catch (SQLException e) {
      shell.err().print("Error: " + SqliteError.of(e).message() + "\n");
      return 1;
    }
    for (String[] r : rows) {
      String file = r[1];
      if (r[0].equals("main")) {
        file = shell.displayFileName();
      }
      boolean ro = r[0].equals("main") && shell.readOnly();
      shell
          .out()
          .print(
              r[0] + ": " + (file.isEmpty() ? "\"\"" : file) + " " + (ro ? "r/o" : "r/w") + "\n");
    }
    return 0;
  }
}
