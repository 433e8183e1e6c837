package migrationtutor.sandbox.sqlite3;

/** The C shell's exit(status), from wherever it happens (.exit N, a failed open, usage). */
final class ShellExit extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;

  ShellExit(int status) {
    super(null, null, false, false);
    this.status = status;
  }
}
