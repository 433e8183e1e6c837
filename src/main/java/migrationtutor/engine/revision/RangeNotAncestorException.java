package migrationtutor.engine.revision;

/** A requested range whose lower end is not an ancestor of its upper end. */
public final class RangeNotAncestorException extends RevisionException {
  private static final long serialVersionUID = 1L;

  private final String lower;
  private final String upper;

  /**
   * Takes both ends as Python's {@code %s} renders them ({@code None}, a string, or a tuple such as
   * {@code ('a', 'b')}); Alembic's own message shows {@code base} for an empty (falsy) end.
   */
  RangeNotAncestorException(String lower, boolean lowerEmpty, String upper, boolean upperEmpty) {
    super(
        "Revision "
            + (lowerEmpty ? "base" : lower)
            + " is not an ancestor of revision "
            + (upperEmpty ? "base" : upper));
    this.lower = lower;
    this.upper = upper;
  }

  static RangeNotAncestorException of(RevisionArgument lower, RevisionArgument upper) {
    return new RangeNotAncestorException(
        lower.toPythonString(), lower.isEmpty(), upper.toPythonString(), upper.isEmpty());
  }

  /** The lower end as Python's {@code %s} prints it (e.g. {@code None}, {@code ('a',)}). */
  public String lower() {
    return lower;
  }

  /** The upper end as Python's {@code %s} prints it. */
  public String upper() {
    return upper;
  }
}
