package migrationtutor.sandbox.shell.tools;

/** A make failure, already worded as GNU make words it ({@code Makefile:3: *** ... Stop.}). */
final class MakeError extends Exception {
  private static final long serialVersionUID = 1L;

  MakeError(String message) {
    super(message);
  }
}
