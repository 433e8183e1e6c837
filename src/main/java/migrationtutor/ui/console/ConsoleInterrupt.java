package migrationtutor.ui.console;

/** The learner pressed Ctrl-C at the prompt: the line is dropped and a new prompt shown. */
public final class ConsoleInterrupt extends Exception {
  private static final long serialVersionUID = 1L;

  /** A cancelled line. */
  public ConsoleInterrupt() {
    super("interrupted");
  }
}
