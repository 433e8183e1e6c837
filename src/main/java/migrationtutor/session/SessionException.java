package migrationtutor.session;

/** A session that cannot start, with a message for the learner saying what to do. */
public final class SessionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}, shown to the learner as it is. */
  public SessionException(String message) {
    super(message);
  }
}
