package migrationtutor.engine.revision;

/**
 * An identifier that names no revision, names several, or is outside the requested branch.
 *
 * <p>Mirrors {@code ResolutionError}. The message is Alembic's internal one ("No such revision or
 * branch 'abc'", "Multiple revisions start with 'ab': ...", "No such branch: 'x'"); at command
 * level Alembic only ever shows {@code Can't locate revision identified by '<argument>'}.
 */
public final class ResolutionException extends RevisionException {
  private static final long serialVersionUID = 1L;

  private final String argument;

  ResolutionException(String message, String argument) {
    super(message);
    this.argument = argument;
  }

  /** The identifier (or branch label) that could not be resolved, as typed. */
  public String argument() {
    return argument;
  }
}
