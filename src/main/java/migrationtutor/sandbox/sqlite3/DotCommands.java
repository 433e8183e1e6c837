package migrationtutor.sandbox.sqlite3;

import java.util.List;

/**
 * shell.c do_meta_command(): matches a dot command, which may be abbreviated to any prefix, against
 * the commands in the order shell.c tries them (so ".s" is .scanstats and ".c" is .clone, as in the
 * real shell), then runs it. Returns 0, 1 for an error, or 2 to leave the input loop.
 */
final class DotCommands {
  /** A dot command's implementation. */
  @FunctionalInterface
  interface Handler {
    int run(Shell shell, DotArgs args);
  }

  /** When a typed name selects a command: its first letter, a prefix test and a length rule. */
  private record Entry(String name, int minLength, boolean exact, Handler handler) {
    boolean matches(String typed) {
      int n = typed.length();
      if (n == 0 || typed.charAt(0) != name.charAt(0)) {
        return false;
      }
      if (exact) {
        return typed.equals(name);
      }
      return n >= minLength && name.startsWith(typed);
    }
  }

  private static Entry of(String name, int minLength, Handler h) {
    return new Entry(name, minLength, false, h);
  }

  private static Entry exact(String name, Handler h) {
    return new Entry(name, 0, true, h);
  }

  private static final Handler REFUSE = Refusals::refuse;

  private static final List<Entry> TABLE =
      List.of(
          of("auth", 1, REFUSE),
          of("archive", 1, REFUSE),
          of("backup", 3, REFUSE),
          of("save", 3, REFUSE),
          of("bail", 3, Settings::bail),
          of("binary", 3, Settings::binary),
          of("breakpoint", 3, (s, a) -> 0),
          exact("cd", REFUSE),
          of("changes", 3, Settings::changes),
          of("check", 3, REFUSE),
          of("clone", 1, REFUSE),
          of("connection", 1, REFUSE),
          of("databases", 2, SchemaCommands::databases),
          of("dbconfig", 3, Info::dbconfig),
          of("dbinfo", 3, REFUSE),
          of("recover", 1, REFUSE),
          of("dump", 1, DumpCommand::run),
          of("echo", 1, Settings::echo),
          of("eqp", 1, Settings::eqp),
          of("exit", 1, DotCommands::exit),
          of("explain", 1, Settings::explain),
          of("expert", 1, REFUSE),
          of("filectrl", 1, REFUSE),
          of("fullschema", 1, SchemaCommands::fullschema),
          of("headers", 1, Settings::headers),
          of("help", 1, HelpText::help),
          of("import", 1, REFUSE),
          of("imposter", 1, REFUSE),
          of("limits", 5, REFUSE),
          of("lint", 3, REFUSE),
          of("load", 1, REFUSE),
          of("log", 1, Refusals::log),
          of("mode", 1, ModeCommand::run),
          exact("nonce", REFUSE),
          of("nullvalue", 1, Settings::nullvalue),
          of("open", 2, REFUSE),
          of("output", 1, REFUSE),
          of("once", 1, REFUSE),
          exact("excel", REFUSE),
          of("parameter", 3, ParameterCommand::run),
          of("print", 3, Settings::print),
          of("progress", 3, REFUSE),
          of("prompt", 1, Settings::prompt),
          of("quit", 1, (s, a) -> 2),
          of("read", 3, ReadCommand::run),
          of("restore", 3, REFUSE),
          of("scanstats", 1, Info::scanstats),
          of("schema", 1, SchemaCommands::schema),
          exact("selecttrace", REFUSE),
          exact("treetrace", REFUSE),
          of("session", 3, REFUSE),
          of("selftest", 4, REFUSE),
          of("separator", 1, Settings::separator),
          of("sha3sum", 4, REFUSE),
          of("shell", 1, REFUSE),
          of("system", 1, REFUSE),
          of("show", 1, Info::show),
          of("stats", 1, REFUSE),
          of("tables", 2, SchemaCommands::tables),
          of("indices", 1, SchemaCommands::tables),
          of("indexes", 1, SchemaCommands::tables),
          exact("testcase", REFUSE),
          of("testctrl", 8, REFUSE),
          of("timeout", 5, Settings::timeout),
          of("timer", 5, Settings::timer),
          of("trace", 1, REFUSE),
          of("version", 1, Info::version),
          of("vfsinfo", 1, Info::vfsinfo),
          of("vfslist", 1, Info::vfslist),
          of("vfsname", 1, Info::vfsname),
          of("wheretrace", 1, REFUSE),
          of("width", 1, Settings::width));

  private DotCommands() {}

  static int run(Shell shell, byte[] line) {
    DotArgs args = DotArgs.parse(line);
    if (args.count() == 0) {
      return 0;
    }
    String name = args.get(0);
    for (Entry e : TABLE) {
      if (e.matches(name)) {
        return e.handler().run(shell, args);
      }
    }
    shell
        .err()
        .print("Error: unknown command or invalid arguments:  \"")
        .write(args.bytes(0))
        .print("\". Enter \".help\" for help\n");
    return 1;
  }

  /** The full name of the command a typed (possibly abbreviated) name selects, or null. */
  static String resolve(String typed) {
    for (Entry e : TABLE) {
      if (e.matches(typed)) {
        return e.name();
      }
    }
    return null;
  }

  /** .exit ?CODE?: a non-zero code ends the shell at once with that status. */
  private static int exit(Shell shell, DotArgs args) {
    if (args.count() > 1) {
      int rc = (int) Settings.integerValue(args.get(1));
      if (rc != 0) {
        throw new ShellExit(rc & 0xff);
      }
    }
    return 2;
  }
}
