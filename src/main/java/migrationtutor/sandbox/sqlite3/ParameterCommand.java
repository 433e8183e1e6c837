package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;
import java.util.List;

/** {@code .parameter init|list|set|unset|clear}: the bindings kept in temp.sqlite_parameters. */
final class ParameterCommand {
  private ParameterCommand() {}

  /** bind_table_init(): a "sqlite_" name needs writable_schema, as shell.c sets it. */
  private static void init(Database db) {
    db.execQuietly("PRAGMA writable_schema=ON");
    db.execQuietly(
        "CREATE TABLE IF NOT EXISTS temp.sqlite_parameters(\n  key TEXT PRIMARY KEY,\n"
            + "  value\n) WITHOUT ROWID;");
    db.execQuietly("PRAGMA writable_schema=OFF");
  }

  static int run(Shell shell, DotArgs a) {
    Database db = shell.db();
    int n = a.count();
    String cmd = n > 1 ? a.get(1) : "";
    if (n == 2 && cmd.equals("clear")) {
      db.execQuietly("DROP TABLE IF EXISTS temp.sqlite_parameters;");
    } else if (n == 2 && cmd.equals("list")) {
      list(shell, db);
    } else if (n == 2 && cmd.equals("init")) {
      init(db);
    } else if (n == 4 && cmd.equals("set")) {
      init(db);
      String key = Identifiers.singleQuote(a.get(2));
      String value = a.get(3);
      String sql =
          "REPLACE INTO temp.sqlite_parameters(key,value)VALUES(" + key + "," + value + ");";
      byte[] z = Bytes.cstr(sql);
      boolean refused = SandboxSql.refusal(z, SqlTokenizer.solid(z, 0, z.length)) != null;
      if (refused || !tryRun(db, sql)) {
        sql =
            "REPLACE INTO temp.sqlite_parameters(key,value)VALUES("
                + key
                + ","
                + Identifiers.singleQuote(value)
                + ");";
        try {
          db.query(sql);
        } catch (SQLException e) {
          shell.out().print("Error: " + SqliteError.of(e).message() + "\n");
          return 1;
        }
      }
    } else if (n == 3 && cmd.equals("unset")) {
      db.execQuietly(
          "DELETE FROM temp.sqlite_parameters WHERE key=" + Identifiers.singleQuote(a.get(2)));
    } else {
      HelpText.show(shell.out(), "parameter");
    }
    return 0;
  }

  /** Prepares and runs the statement; false when it does not prepare. */
  private static boolean tryRun(Database db, String sql) {
    try (java.sql.PreparedStatement ps = db.prepare(sql)) {
      try {
        ps.execute();
      } catch (SQLException e) {
        // sqlite3_step()'s result is not checked by the shell either.
      }
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void list(Shell shell, Database db) {
    try {
      List<Cell[]> max = db.query("SELECT max(length(key)) FROM temp.sqlite_parameters;");
      long len = max.isEmpty() || max.get(0)[0].type != Cell.INTEGER ? 0 : max.get(0)[0].integer;
      len = Math.min(len, 40);
      if (len == 0) {
        return;
      }
      for (Cell[] row : db.query("SELECT key, quote(value) FROM temp.sqlite_parameters;")) {
        shell.out().padRight(row[0].text(), (int) len).print(" ").write(row[1].text()).print("\n");
      }
    } catch (SQLException e) {
      // No parameter table: nothing to list.
    }
  }
}
