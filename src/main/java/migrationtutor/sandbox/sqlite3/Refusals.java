package migrationtutor.sandbox.sqlite3;

/**
 * Dot commands the tutor's sandbox does not offer: those that run programs, write or read files
 * outside the learner's database, or open other databases, and the diagnostics the emulation does
 * not reproduce. Each answers with an error that says so (status 1, like any failed command).
 */
final class Refusals {
  private Refusals() {}

  static int refuse(Shell shell, DotArgs args) {
    String name = DotCommands.resolve(args.get(0));
    if ((name.equals("output") || name.equals("once"))
        && (args.count() == 1 || (args.count() == 2 && args.get(1).equals("stdout")))) {
      // Output to standard output is all the sandbox has anyway.
      return 0;
    }
    return notAvailable(shell, name);
  }

  static int notAvailable(Shell shell, String name) {
    shell.err().print("Error: \"." + name + "\" is not available in the tutor's sandbox\n");
    return 1;
  }

  /** .log: only {@code .log off} is accepted, as there is nowhere else for the log to go. */
  static int log(Shell shell, DotArgs args) {
    if (args.count() != 2) {
      shell.err().print("Usage: .log FILENAME\n");
      return 1;
    }
    if (args.get(1).equals("off")) {
      return 0;
    }
    return notAvailable(shell, "log");
  }
}
