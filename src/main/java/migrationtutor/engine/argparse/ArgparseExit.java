package migrationtutor.engine.argparse;

/**
 * The parser finished the command itself: help or version was shown (status 0) or the command line
 * was wrong (status 2). Carries what argparse would have written to stdout and stderr.
 */
public final class ArgparseExit extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String stdout;
  private final String stderr;

  ArgparseExit(int status, String stdout, String stderr) {
    super(stderr.isEmpty() ? stdout : stderr, null, false, false);
    this.status = status;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** The exit status argparse uses: 0 for help/version, 2 for usage errors. */
  public int status() {
    return status;
  }

  /** Text for standard output (help, version). */
  public String stdout() {
    return stdout;
  }

  /** Text for standard error (usage and the error line). */
  public String stderr() {
    return stderr;
  }
}
