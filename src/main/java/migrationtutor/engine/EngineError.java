package migrationtutor.engine;

/**
 * The root of every failure the migration engine reports to a user.
 *
 * <p>Alembic has two ways to fail: a {@code CommandError}, printed as {@code FAILED: message} (exit
 * 255), and any other exception, printed by Python as a traceback (exit 1). The engine keeps that
 * split so the tutor's output and exit codes match Alembic's, while never showing a Java stack
 * trace. A third kind has no Alembic counterpart: Python the tutor does not evaluate (outside the
 * supported subset, or running too long), reported at its source position.
 */
public abstract sealed class EngineError extends RuntimeException
    permits CommandError, PythonError, SourceLimitError {
  private static final long serialVersionUID = 1L;

  EngineError(String message, Throwable cause) {
    super(message, cause);
  }
}
