package migrationtutor.engine;

/** A failure Alembic reports as {@code FAILED: <message>} with exit status 255. */
public final class CommandError extends EngineError {
  private static final long serialVersionUID = 1L;

  public CommandError(String message) {
    super(message, null);
  }

  public CommandError(String message, Throwable cause) {
    super(message, cause);
  }
}
