package migrationtutor.course.check;

/**
 * A check could not look at what it needs (no database yet, an unreadable env.py); the message, in
 * the learner's terms, becomes the check's failure.
 */
final class Unavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unavailable(String message) {
    super(message, null, false, false);
  }
}
