package migrationtutor.engine.revision;

/**
 * A revision names a down revision (or dependency) that is not in the map.
 *
 * <p>Alembic first warns {@code Revision <missing> referenced from <revision> is not present} (for
 * down revisions only; the revision is shown through the script's {@code __str__}, so the script
 * layer formats that line) and then dies with {@code KeyError: '<missing>'}.
 */
public final class MissingRevisionException extends InternalRevisionError {
  private static final long serialVersionUID = 1L;

  private final String missingId;
  private final String referencedFrom;
  private final boolean dependency;
  private final int referencingNextRevisions;

  MissingRevisionException(String missingId, String referencedFrom, boolean dependency) {
    this(missingId, referencedFrom, dependency, 0);
  }

  MissingRevisionException(
      String missingId, String referencedFrom, boolean dependency, int referencingNextRevisions) {
    super("KeyError: " + PythonText.repr(missingId));
    this.missingId = missingId;
    this.referencedFrom = referencedFrom;
    this.dependency = dependency;
    this.referencingNextRevisions = referencingNextRevisions;
  }

  /**
   * How many next revisions the referencing revision had been given when the missing one was met:
   * the warning shows the revision as it stood then, {@code (head)} with none, {@code
   * (branchpoint)} with several.
   */
  public int referencingNextRevisions() {
    return referencingNextRevisions;
  }

  /** The id (or label) that was referenced but not found. */
  public String missingId() {
    return missingId;
  }

  /** The id of the revision holding the reference. */
  public String referencedFrom() {
    return referencedFrom;
  }

  /** True when the reference is in {@code depends_on} (Alembic then prints no warning first). */
  public boolean dependency() {
    return dependency;
  }
}
