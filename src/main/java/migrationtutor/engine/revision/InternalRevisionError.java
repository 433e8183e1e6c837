package migrationtutor.engine.revision;

/**
 * A situation where real Alembic does not fail cleanly but dies with a Python traceback.
 *
 * <p>Alembic's {@code _catch_revision_errors} only converts {@code RevisionError}s into {@code
 * FAILED:} lines; an {@code AssertionError} or {@code KeyError} inside the graph code escapes as a
 * traceback and exit status 1. This type marks those places so the command layer can do the same.
 * {@link #pythonError()} is the last traceback line, e.g. {@code AssertionError} or {@code
 * KeyError: 'abc'}.
 */
public class InternalRevisionError extends RevisionException {
  private static final long serialVersionUID = 1L;

  InternalRevisionError(String pythonError) {
    super(pythonError);
  }

  /** The final line of the traceback Alembic would print. */
  public String pythonError() {
    return getMessage();
  }

  static InternalRevisionError assertion() {
    return new InternalRevisionError("AssertionError");
  }

  static InternalRevisionError keyError(String key) {
    return new InternalRevisionError("KeyError: " + PythonText.repr(key));
  }
}
