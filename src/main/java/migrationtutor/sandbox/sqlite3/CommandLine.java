package migrationtutor.sandbox.sqlite3;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sqlite3 command line, read in shell.c main()'s two passes: the first finds the database name,
 * the SQL arguments and the options that must act early; the second applies the output options and
 * runs {@code -cmd} commands, in order.
 */
final class CommandLine {
  static final String ARGV0 = "sqlite3";

  /** Options the sandbox does not offer: other VFSes, memory tracing, statistics, archives. */
  private static final Set<String> REFUSED =
      Set.of(
          "-zip",
          "-append",
          "-deserialize",
          "-maxsize",
          "-memtrace",
          "-stats",
          "-scanstats",
          "-vfs",
          "-vfstrace",
          "-multiplex");

  private final Shell shell;
  private final List<String> argv;
  String filename;
  String initFile;
  final List<String> commands = new ArrayList<>();
  boolean readOnly;

  CommandLine(Shell shell, List<String> args) {
    this.shell = shell;
    this.argv = args;
  }

  private String value(int i) {
    if (i >= argv.size()) {
      shell.err().print(ARGV0 + ": Error: missing argument to " + argv.get(argv.size() - 1) + "\n");
      throw new ShellExit(1);
    }
    return argv.get(i);
  }

  /** The first pass; returns without effect on output settings. */
  void firstPass() {
    for (int i = 0; i < argv.size(); i++) {
      String z = argv.get(i);
      if (!z.startsWith("-")) {
        if (filename == null) {
          filename = z;
        } else {
          commands.add(z);
        }
      }
      // shell.c strips a second leading '-' from every argument here, dashes or not.
      if (z.length() > 1 && z.charAt(1) == '-') {
        z = z.substring(1);
      }
      switch (z) {
        case "-separator",
                "-nullvalue",
                "-newline",
                "-cmd",
                "-heap",
                "-threadsafe",
                "-mmap",
                "-vfs" ->
            value(++i);
        case "-init" -> initFile = value(++i);
        case "-batch" -> shell.stdinInteractive = false;
        case "-pagecache", "-lookaside" -> {
          value(++i);
          value(++i);
        }
        case "-maxsize" -> {
          if (i + 1 < argv.size()) {
            i++;
          }
        }
        case "-readonly" -> readOnly = true;
        case "-bail" -> shell.bailOnError = true;
        case "-nonce" -> i++;
        default -> {
          if (z.startsWith("-A")) {
            return;
          }
        }
      }
    }
  }

  /** The second pass; returns a status to exit with at once, or -1 to go on. */
  int secondPass() {
    ShellState st = shell.state();
    for (int i = 0; i < argv.size(); i++) {
      String z = argv.get(i);
      if (!z.startsWith("-")) {
        continue;
      }
      if (z.length() > 1 && z.charAt(1) == '-') {
        z = z.substring(1);
      }
      if (REFUSED.contains(z) || z.startsWith("-A")) {
        shell
            .err()
            .print(ARGV0 + ": Error: option " + z + " is not available in the tutor's sandbox\n");
        return 1;
      }
      switch (z) {
        case "-init", "-heap", "-mmap" -> i++;
        case "-pagecache", "-lookaside", "-threadsafe", "-nonce" -> i += 2;
        case "-html" -> st.mode = Mode.HTML;
        case "-list" -> st.mode = Mode.LIST;
        case "-quote" -> {
          st.mode = Mode.QUOTE;
          st.colSeparator = Bytes.utf8(",");
          st.rowSeparator = Bytes.utf8("\n");
        }
        case "-line" -> st.mode = Mode.LINE;
        case "-column" -> st.mode = Mode.COLUMN;
        case "-json" -> st.mode = Mode.JSON;
        case "-markdown" -> st.mode = Mode.MARKDOWN;
        case "-table" -> st.mode = Mode.TABLE;
        case "-box" -> st.mode = Mode.BOX;
        case "-csv" -> {
          st.mode = Mode.CSV;
          st.colSeparator = Bytes.utf8(",");
        }
        case "-readonly", "-nofollow", "-bail", "-safe", "-backslash" -> {
          // Taken in the first pass, or without effect in the sandbox.
        }
        case "-ascii" -> {
          st.mode = Mode.ASCII;
          st.colSeparator = new byte[] {0x1f};
          st.rowSeparator = new byte[] {0x1e};
        }
        case "-tabs" -> {
          st.mode = Mode.LIST;
          st.colSeparator = Bytes.utf8("\t");
          st.rowSeparator = Bytes.utf8("\n");
        }
        case "-separator" -> st.colSeparator = limited(value(++i));
        case "-newline" -> st.rowSeparator = limited(value(++i));
        case "-nullvalue" -> st.nullValue = limited(value(++i));
        case "-header" -> {
          st.showHeader = true;
          st.headerSet = true;
        }
        case "-noheader" -> {
          st.showHeader = false;
          st.headerSet = true;
        }
        case "-echo" -> st.echo = true;
        case "-eqp" -> st.autoEqp = 1;
        case "-eqpfull" -> st.autoEqp = 3;
        case "-version" -> {
          shell.out().print(Database.VERSION + " " + Database.SOURCE_ID + "\n");
          return 0;
        }
        case "-interactive" -> shell.stdinInteractive = true;
        case "-batch" -> shell.stdinInteractive = false;
        case "-help" -> {
          usage(true);
          return 1;
        }
        case "-cmd" -> {
          if (i == argv.size() - 1) {
            return -1;
          }
          int rc = runCommand(value(++i));
          if (rc >= 0) {
            return rc;
          }
        }
        default -> {
          shell.err().print(ARGV0 + ": Error: unknown option: " + z + "\n");
          shell.err().print("Use -help for a list of options.\n");
          return 1;
        }
      }
      st.cMode = st.mode;
    }
    return -1;
  }

  private static byte[] limited(String s) {
    return Bytes.limit(Bytes.cstr(s), ShellState.SEPARATOR_MAX);
  }

  /** A -cmd command: returns a status to exit with (under -bail), or -1. */
  private int runCommand(String z) {
    if (z.startsWith(".")) {
      int rc = DotCommands.run(shell, Bytes.cstr(z));
      if (rc != 0 && shell.bailOnError) {
        return rc == 2 ? 0 : rc;
      }
      return -1;
    }
    shell.db();
    SqlExecutor.Outcome r = shell.executor().exec(z);
    if (r.error() != null) {
      shell.err().print("Error: " + r.error() + "\n");
      if (shell.bailOnError) {
        return r.rc() != 0 ? r.rc() : 1;
      }
    } else if (r.rc() != 0) {
      shell.err().print("Error: unable to process SQL \"" + z + "\"\n");
      if (shell.bailOnError) {
        return r.rc();
      }
    }
    return -1;
  }

  /** The SQL and dot-command arguments, in order; the first failure ends the shell. */
  int runArguments() {
    for (String z : commands) {
      if (z.startsWith(".")) {
        int rc = DotCommands.run(shell, Bytes.cstr(z));
        if (rc != 0) {
          return rc == 2 ? 0 : rc;
        }
      } else {
        shell.db();
        SqlExecutor.Outcome r = shell.executor().exec(z);
        if (r.failed()) {
          if (r.error() != null) {
            shell.err().print("Error: " + r.error() + "\n");
          } else {
            shell.err().print("Error: unable to process SQL: " + z + "\n");
          }
          return r.rc() != 0 ? r.rc() : 1;
        }
      }
    }
    return 0;
  }

  /** shell.c usage(). */
  void usage(boolean detail) {
    shell
        .err()
        .print(
            "Usage: "
                + ARGV0
                + " [OPTIONS] FILENAME [SQL]\n"
                + "FILENAME is the name of an SQLite database. A new database is created\n"
                + "if the file does not previously exist.\n");
    if (detail) {
      shell.err().print("OPTIONS include:\n" + Options.TEXT);
    } else {
      shell.err().print("Use the -help option for additional information\n");
    }
  }
}
