package migrationtutor.sandbox.shell;

/** A word that cannot be expanded, with the message the shell prints. */
final class ExpansionException extends Exception {
  private static final long serialVersionUID = 1L;

  ExpansionException(String message) {
    super(message);
  }
}
