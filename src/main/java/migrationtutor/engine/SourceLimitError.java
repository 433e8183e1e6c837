package migrationtutor.engine;

/**
 * Python the tutor's engine does not evaluate: a construct outside the supported subset, a script
 * that runs too long, a database URL the sandbox cannot use. Printed as {@code path:line:col:
 * message} (or just the message when there is no position), with exit status 1.
 */
public final class SourceLimitError extends EngineError {
  private static final long serialVersionUID = 1L;
  private final String location;

  /**
   * @param location {@code path:line:col}, or null when the problem has no position
   * @param message what is not supported and what to write instead
   */
  public SourceLimitError(String location, String message) {
    super(message, null);
    this.location = location;
  }

  /** {@code path:line:col}, or null. */
  public String location() {
    return location;
  }

  /** The line to print. */
  public String report() {
    return location == null ? getMessage() : location + ": " + getMessage();
  }
}
