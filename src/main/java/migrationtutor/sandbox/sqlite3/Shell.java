package migrationtutor.sandbox.sqlite3;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * One run of the shell: its settings, its database connection (opened lazily, where shell.c calls
 * open_db()), and the input loop (process_input) that feeds lines to SQL or dot commands.
 */
final class Shell {
  private static final int MAX_INPUT_NESTING = 25;

  private final Sqlite3Invocation inv;
  private final ShellState state = new ShellState();
  private final Out out;
  private final Out err;
  private final SqlExecutor executor = new SqlExecutor(this);
  private Database db;
  private String dbFilename;
  private boolean readOnly;
  boolean bailOnError;
  boolean stdinInteractive;
  int lineno;
  private int inputNesting;

  Shell(Sqlite3Invocation inv) {
    this.inv = inv;
    this.out = new Out(inv.stdout());
    this.err = new Out(inv.stderr());
    this.stdinInteractive = inv.interactive();
  }

  ShellState state() {
    return state;
  }

  Out out() {
    return out;
  }

  Out err() {
    return err;
  }

  Sqlite3Invocation invocation() {
    return inv;
  }

  SqlExecutor executor() {
    return executor;
  }

  String dbFilename() {
    return dbFilename;
  }

  void setDatabase(String filename, boolean readOnly) {
    this.dbFilename = filename;
    this.readOnly = readOnly;
  }

  /** The real file behind the database name, when the sandbox allows it (null: in memory). */
  Optional<Path> databaseFile() {
    if (dbFilename == null || dbFilename.isEmpty() || dbFilename.equals(":memory:")) {
      return Optional.empty();
    }
    return inv.resolver().resolve(dbFilename);
  }

  boolean inMemory() {
    return dbFilename == null || dbFilename.isEmpty() || dbFilename.equals(":memory:");
  }

  /** Whether the database file exists already (shell.c opens it at start-up then). */
  boolean databaseExists() {
    return !inMemory() && databaseFile().map(Files::exists).orElse(false);
  }

  /** shell.c open_db(): opens the database if needed; a failure ends the shell with status 1. */
  Database db() {
    if (db != null) {
      return db;
    }
    String name = dbFilename == null ? ":memory:" : dbFilename;
    try {
      if (inMemory()) {
        db = Database.open(null, false, dbFilename != null && dbFilename.isEmpty());
      } else if (name.startsWith("file:")) {
        throw new OpenRefused("URI file names are not available in the tutor's sandbox");
      } else {
        Path file =
            databaseFile()
                .orElseThrow(() -> new OpenRefused("the file is outside the tutor's sandbox"));
        if (file.toString().indexOf('?') >= 0) {
          throw new OpenRefused("unable to open database file");
        }
        db = Database.open(file, readOnly, false);
      }
    } catch (OpenRefused e) {
      err.print("Error: unable to open database \"" + name + "\": " + e.getMessage() + "\n");
      throw new ShellExit(1);
    } catch (SQLException e) {
      err.print(
          "Error: unable to open database \"" + name + "\": " + SqliteError.of(e).message() + "\n");
      throw new ShellExit(1);
    }
    return db;
  }

  boolean readOnly() {
    return readOnly;
  }

  boolean isOpen() {
    return db != null;
  }

  void close() {
    if (db != null) {
      db.close();
      db = null;
    }
  }

  /** The full name SQLite shows for the main database file (PRAGMA database_list). */
  String displayFileName() {
    if (inMemory()) {
      return "";
    }
    return inv.workingDirectory().resolve(dbFilename).normalize().toString();
  }

  /** process_input(): reads lines from {@code src}; returns 1 if any error was seen. */
  int processInput(LineSource src, boolean fromFile) {
    boolean prompting = !fromFile && stdinInteractive;
    if (inputNesting == MAX_INPUT_NESTING) {
      err.print(
          "Input nesting limit ("
              + MAX_INPUT_NESTING
              + ") reached at line "
              + lineno
              + ". Check recursion.\n");
      return 1;
    }
    inputNesting++;
    lineno = 0;
    int errCnt = 0;
    int qss = SqlScan.QSS_START;
    java.io.ByteArrayOutputStream sql = null;
    int startline = 0;
    try {
      while (errCnt == 0 || !bailOnError || prompting) {
        out.flush();
        boolean continuation = sql != null && sql.size() > 0;
        String text = readLine(src, prompting, continuation);
        if (text == null) {
          if (prompting) {
            out.print("\n");
          }
          break;
        }
        byte[] line = Bytes.cstr(text);
        lineno++;
        if (SqlScan.inPlain(qss) && SqlScan.isCommandTerminator(line) && lineIsComplete(sql)) {
          line = new byte[] {';'};
        }
        qss = SqlScan.quickscan(line, qss);
        boolean empty = sql == null || sql.size() == 0;
        if (SqlScan.plainWhite(qss) && empty) {
          echo(line);
          qss = SqlScan.QSS_START;
          continue;
        }
        if (line.length > 0 && (line[0] == '.' || line[0] == '#') && empty) {
          echo(line);
          if (line[0] == '.') {
            int rc = DotCommands.run(this, line);
            if (rc == 2) {
              break;
            } else if (rc != 0) {
              errCnt++;
            }
          }
          qss = SqlScan.QSS_START;
          continue;
        }
        if (sql == null) {
          sql = new java.io.ByteArrayOutputStream();
        }
        if (sql.size() == 0) {
          int i = 0;
          while (i < line.length && Bytes.isSpace(line[i])) {
            i++;
          }
          sql.write(line, i, line.length - i);
          startline = lineno;
        } else {
          sql.write('\n');
          sql.writeBytes(line);
        }
        if (sql.size() > 0 && SqlScan.semiTerminated(qss) && SqlScan.complete(sql.toByteArray())) {
          echo(sql.toByteArray());
          errCnt += runOneSqlLine(sql.toByteArray(), fromFile, startline);
          sql.reset();
          qss = SqlScan.QSS_START;
        } else if (sql.size() > 0 && SqlScan.plainWhite(qss)) {
          echo(sql.toByteArray());
          sql.reset();
          qss = SqlScan.QSS_START;
        }
      }
      if (sql != null && sql.size() > 0) {
        echo(sql.toByteArray());
        errCnt += runOneSqlLine(sql.toByteArray(), fromFile, startline);
      }
    } finally {
      inputNesting--;
    }
    return errCnt > 0 ? 1 : 0;
  }

  /** shell.c line_is_complete(): the SQL so far, with ";" added, is complete. */
  private static boolean lineIsComplete(java.io.ByteArrayOutputStream sql) {
    return sql == null || SqlScan.complete(Bytes.concat(sql.toByteArray(), new byte[] {';'}));
  }

  private String readLine(LineSource src, boolean prompting, boolean continuation) {
    if (!prompting) {
      String line = src.readLine();
      // local_getline() drops the "\n" and a "\r" before it.
      if (line != null && line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      return line;
    }
    out.write(continuation ? state.continuePrompt : state.mainPrompt);
    out.flush();
    String line = src.readLine();
    if (line != null && inv.echoInput()) {
      out.print(line).print("\n");
    }
    return line;
  }

  /** shell.c echo_group_input(): {@code .echo on} repeats each input group. */
  private void echo(byte[] text) {
    if (state.echo) {
      out.write(text).print("\n");
    }
  }

  /** shell.c runOneSqlLine(): runs SQL from the input and reports its error; returns 0 or 1. */
  int runOneSqlLine(byte[] sql, boolean fromFile, int startline) {
    db();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long wall = System.nanoTime();
    long user = state.timer ? cpu.getCurrentThreadUserTime() : 0;
    long total = state.timer ? cpu.getCurrentThreadCpuTime() : 0;
    SqlExecutor.Outcome r = executor.exec(sql);
    if (state.timer) {
      double real = Math.floor((System.nanoTime() - wall) / 1e6) * 0.001;
      long u = cpu.getCurrentThreadUserTime() - user;
      long s = Math.max(0, cpu.getCurrentThreadCpuTime() - total - u);
      out.print(
          String.format(
              java.util.Locale.ROOT,
              "Run Time: real %.3f user %f sys %f\n",
              real,
              u / 1e9,
              s / 1e9));
    }
    if (r.failed()) {
      String msg = r.error();
      String type = "Error";
      if (msg.startsWith("in prepare, ")) {
        type = "Parse error";
        msg = msg.substring(12);
      } else if (msg.startsWith("stepping, ")) {
        type = "Runtime error";
        msg = msg.substring(10);
      }
      String prefix =
          fromFile || !stdinInteractive ? type + " near line " + startline + ":" : type + ":";
      err.print(prefix + " " + msg + "\n");
      return 1;
    }
    if (state.countChanges) {
      try {
        out.print("changes: " + db.changes() + "   total_changes: " + db.totalChanges() + "\n");
      } catch (SQLException e) {
        // Counting changes cannot fail on an open connection; nothing to show if it does.
      }
    }
    return 0;
  }

  /** Why the sandbox will not open a database file. */
  private static final class OpenRefused extends Exception {
    private static final long serialVersionUID = 1L;

    OpenRefused(String message) {
      super(message, null, false, false);
    }
  }
}
