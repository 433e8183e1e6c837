package migrationtutor.engine.revision;

/**
 * Root of every revision-graph failure; the message is the text Alembic's own exception carries.
 *
 * <p>Mirrors {@code alembic.script.revision.RevisionError}. A plain instance is used for the
 * messages Alembic raises without a dedicated subclass ("Ambiguous walk", "Relative revision -2
 * didn't produce 2 migrations", "Branch name 'x' in revision a already used by revision b", ...).
 * To get the text Alembic prints after {@code FAILED: }, pass it to {@link RevisionErrorContext},
 * or use the methods of {@link MigrationPlanner} and {@link RevisionLookup}, which already
 * translate.
 */
public class RevisionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RevisionException(String message) {
    super(message);
  }

  RevisionException(String message, Throwable cause) {
    super(message, cause);
  }
}
