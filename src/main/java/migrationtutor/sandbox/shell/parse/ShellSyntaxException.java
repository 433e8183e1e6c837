package migrationtutor.sandbox.shell.parse;

/**
 * A command line the tutor's shell will not run: a syntax error, shell syntax the tutor does not
 * offer (pipes, {@code $(...)}, here-documents, ...), or a line that is not finished yet (an open
 * quote, a trailing {@code \} or {@code &&}), which an interactive console continues on the next
 * line.
 */
public final class ShellSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean incomplete;
  private final int position;

  ShellSyntaxException(String message, int position, boolean incomplete) {
    super(message);
    this.position = position;
    this.incomplete = incomplete;
  }

  /** Whether more input could complete the line (an open quote, {@code \} or {@code &&}). */
  public boolean incomplete() {
    return incomplete;
  }

  /** The offset in the line where the problem is. */
  public int position() {
    return position;
  }
}
