package migrationtutor.sandbox.workspace;

/**
 * A workspace that cannot be created, opened or used, with a message for the learner that says what
 * to do instead.
 */
public final class WorkspaceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public WorkspaceException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
