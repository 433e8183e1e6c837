package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;
import java.util.List;

/** Dot commands that report on the shell and its build: .show, .version, .vfs*, .dbconfig. */
final class Info {
  private Info() {}

  private static String label(String name) {
    // "%12.12s: "
    String n = name.length() > 12 ? name.substring(0, 12) : name;
    return " ".repeat(12 - n.length()) + n + ": ";
  }

  static int show(Shell shell, DotArgs a) {
    if (a.count() != 1) {
      shell.err().print("Usage: .show\n");
      return 1;
    }
    ShellState st = shell.state();
    Out out = shell.out();
    String[] bool = {"off", "on", "trigger", "full"};
    out.print(label("echo") + bool[st.echo ? 1 : 0] + "\n");
    out.print(label("eqp") + bool[st.autoEqp & 3] + "\n");
    out.print(
        label("explain")
            + (st.mode == Mode.EXPLAIN ? "on" : st.autoExplain ? "auto" : "off")
            + "\n");
    out.print(label("headers") + bool[st.showHeader ? 1 : 0] + "\n");
    if (st.mode == Mode.COLUMN
        || st.mode == Mode.MARKDOWN
        || st.mode == Mode.TABLE
        || st.mode == Mode.BOX) {
      out.print(
          label("mode")
              + st.mode.description
              + " --wrap "
              + st.wrap
              + " --wordwrap "
              + (st.wordWrap ? "on" : "off")
              + " --"
              + (st.quoteColumns ? "" : "no")
              + "quote\n");
    } else {
      out.print(label("mode") + st.mode.description + "\n");
    }
    out.print(label("nullvalue"));
    Quoting.cString(out, st.nullValue);
    out.print("\n");
    out.print(label("output") + "stdout\n");
    out.print(label("colseparator"));
    Quoting.cString(out, st.colSeparator);
    out.print("\n");
    out.print(label("rowseparator"));
    Quoting.cString(out, st.rowSeparator);
    out.print("\n");
    out.print(label("stats") + "off\n");
    out.print(label("width"));
    for (int w : st.colWidth) {
      out.print(w + " ");
    }
    out.print("\n");
    out.print(label("filename"))
        .write(Bytes.cstr(shell.dbFilename() == null ? ":memory:" : shell.dbFilename()))
        .print("\n");
    return 0;
  }

  /** .scanstats: this build of 3.40.1 has no scan status, so it only warns. */
  static int scanstats(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      shell.err().print("Usage: .scanstats on|off\n");
      return 1;
    }
    Settings.booleanValue(shell, a.get(1));
    shell.err().print("Warning: .scanstats not available in this build.\n");
    return 0;
  }

  static int version(Shell shell, DotArgs a) {
    // What the Debian 12 build of 3.40.1 prints (its zlib and compiler).
    shell
        .out()
        .print(
            "SQLite "
                + Database.VERSION
                + " "
                + Database.SOURCE_ID
                + "\n"
                + "zlib version 1.2.13\n"
                + "gcc-12.2.0\n");
    return 0;
  }

  private static void vfs(Out out, String name, int version, int size, int path, String mark) {
    out.print("vfs.zName      = \"" + name + "\"" + mark + "\n");
    out.print("vfs.iVersion   = " + version + "\n");
    out.print("vfs.szOsFile   = " + size + "\n");
    out.print("vfs.mxPathname = " + path + "\n");
  }

  static int vfsname(Shell shell, DotArgs a) {
    // An in-memory database has no file, so no VFS to name.
    if (shell.isOpen() && !shell.inMemory() && (a.count() != 2 || a.get(1).equals("main"))) {
      shell.out().print("unix\n");
    }
    return 0;
  }

  static int vfsinfo(Shell shell, DotArgs a) {
    if (shell.isOpen() && !shell.inMemory() && (a.count() != 2 || a.get(1).equals("main"))) {
      vfs(shell.out(), "unix", 3, 120, 512, "");
    }
    return 0;
  }

  /** The VFS list of the Debian build: unix first, and the shell's own apndvfs. */
  static int vfslist(Shell shell, DotArgs a) {
    Out out = shell.out();
    String current = shell.isOpen() ? "unix" : "";
    String[][] list = {
      {"unix", "3", "120", "512"},
      {"apndvfs", "3", "144", "1024"},
      {"memdb", "2", "120", "1024"},
      {"unix-excl", "3", "120", "512"},
      {"unix-dotfile", "3", "120", "512"},
      {"unix-none", "3", "120", "512"},
    };
    for (int i = 0; i < list.length; i++) {
      String[] v = list[i];
      vfs(
          out,
          v[0],
          Integer.parseInt(v[1]),
          Integer.parseInt(v[2]),
          Integer.parseInt(v[3]),
          v[0].equals(current) ? "  <--- CURRENT" : "");
      if (i + 1 < list.length) {
        out.print("-----------------------------------\n");
      }
    }
    return 0;
  }

  /**
   * .dbconfig: the settings a fresh 3.40 shell connection has; those a PRAGMA can change are read
   * back from the connection. Changing them through .dbconfig is not offered.
   */
  static int dbconfig(Shell shell, DotArgs a) {
    Database db = shell.db();
    String[][] options = {
      {"defensive", "off"},
      {"dqs_ddl", "on"},
      {"dqs_dml", "on"},
      {"enable_fkey", "foreign_keys"},
      {"enable_qpsg", "off"},
      {"enable_trigger", "on"},
      {"enable_view", "on"},
      {"fts3_tokenizer", "on"},
      {"legacy_alter_table", "legacy_alter_table"},
      {"legacy_file_format", "off"},
      {"load_extension", "on"},
      {"no_ckpt_on_close", "off"},
      {"reset_database", "off"},
      {"trigger_eqp", "off"},
      {"trusted_schema", "trusted_schema"},
      {"writable_schema", "writable_schema"},
    };
    if (a.count() >= 3) {
      return Refusals.notAvailable(shell, "dbconfig " + a.get(1));
    }
    boolean found = false;
    for (String[] o : options) {
      if (a.count() > 1 && !a.get(1).equals(o[0])) {
        continue;
      }
      found = true;
      String v = o[1];
      if (!v.equals("on") && !v.equals("off")) {
        v = pragmaFlag(db, v) ? "on" : "off";
      }
      String name = " ".repeat(Math.max(0, 19 - o[0].length())) + o[0];
      shell.out().print(name + " " + v + "\n");
      if (a.count() > 1) {
        break;
      }
    }
    if (a.count() > 1 && !found) {
      shell.err().print("Error: unknown dbconfig \"" + a.get(1) + "\"\n");
      shell.err().print("Enter \".dbconfig\" with no arguments for a list\n");
    }
    return 0;
  }

  private static boolean pragmaFlag(Database db, String pragma) {
    try {
      List<Cell[]> rows = db.query("PRAGMA " + pragma);
      return !rows.isEmpty() && rows.get(0)[0].type == Cell.INTEGER && rows.get(0)[0].integer != 0;
    } catch (SQLException e) {
      return false;
    }
  }
}
