package migrationtutor.cli;

/**
 * The process exit codes of every tutor command, decided in one place.
 *
 * <p>The values for the {@code alembic} command are Alembic 1.8.1's: a {@code FAILED:} command
 * error exits with 255 ({@code sys.exit(-1)}), an uncaught exception (a traceback in Python) with
 * 1, and an argparse usage error with 2.
 */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0),
  /** An error the command could not handle as a command error (Alembic: a Python traceback). */
  UNCAUGHT_ERROR(1),
  /** The command line itself was wrong (Alembic: argparse). */
  USAGE(2),
  /** A command error, printed as {@code FAILED: ...} (Alembic: {@code CommandError}). */
  COMMAND_FAILED(255);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The number the process exits with. */
  public int code() {
    return code;
  }
}
