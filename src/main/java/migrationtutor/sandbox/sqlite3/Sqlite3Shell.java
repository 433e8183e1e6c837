package migrationtutor.sandbox.sqlite3;

/**
 * The tutor's {@code sqlite3}: an emulation of the SQLite 3.40.1 command-line shell on top of
 * sqlite-jdbc, confined to the sandbox. See the package documentation.
 */
public final class Sqlite3Shell {
  private Sqlite3Shell() {}

  /**
   * Runs one {@code sqlite3 ...} command line and returns its exit status. Output goes only to the
   * invocation's streams; no exception escapes.
   */
  public static int run(Sqlite3Invocation invocation) {
    Shell shell = new Shell(invocation);
    try {
      return main(shell, invocation);
    } catch (ShellExit e) {
      return e.status;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Whatever went wrong inside the emulation, the learner sees one line, never a trace.
      shell.out().flush();
      shell
          .err()
          .print(
              "Error: the tutor's sqlite3 could not go on ("
                  + e.getClass().getSimpleName()
                  + ")\n");
      return 1;
    } finally {
      shell.close();
      shell.out().flush();
      shell.err().flush();
    }
  }

  /** shell.c main(). */
  private static int main(Shell shell, Sqlite3Invocation inv) {
    CommandLine cl = new CommandLine(shell, inv.args());
    cl.firstPass();
    boolean warnInMemory = inv.args().isEmpty();
    shell.setDatabase(cl.filename, cl.readOnly);
    if (shell.databaseExists()) {
      shell.db();
    }
    if (cl.initFile != null) {
      int rc = InitFile.process(shell, cl.initFile);
      if (rc != 0 && shell.bailOnError) {
        return 1;
      }
    }
    int rc = cl.secondPass();
    if (rc >= 0) {
      return rc;
    }
    if (!cl.commands.isEmpty()) {
      return cl.runArguments();
    }
    if (shell.stdinInteractive) {
      shell
          .out()
          .print(
              "SQLite version "
                  + Database.VERSION
                  + " "
                  + Database.SOURCE_ID.substring(0, 19)
                  + "\n"
                  + "Enter \".help\" for usage hints.\n");
      if (warnInMemory) {
        shell
            .out()
            .print(
                "Connected to a \033[1mtransient in-memory database\033[0m.\n"
                    + "Use \".open FILENAME\" to reopen on a persistent database.\n");
      }
    }
    return shell.processInput(inv.stdin(), false);
  }
}
