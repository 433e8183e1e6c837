package migrationtutor.engine.revision;

/**
 * A revision error already turned into the exact text Alembic prints after {@code FAILED: }.
 *
 * <p>Thrown by {@link MigrationPlanner} and {@link RevisionLookup} (Alembic's {@code
 * util.CommandError} raised from {@code _catch_revision_errors}); the structured original is the
 * {@linkplain #getCause() cause}.
 */
public final class RevisionCommandException extends RevisionException {
  private static final long serialVersionUID = 1L;

  RevisionCommandException(String message, RevisionException cause) {
    super(message, cause);
  }

  /** The structured error this message was made from. */
  public RevisionException revisionError() {
    return (RevisionException) getCause();
  }
}
