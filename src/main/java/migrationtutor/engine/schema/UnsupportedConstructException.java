package migrationtutor.engine.schema;

/**
 * The engine cannot render or run a construct that real SQLAlchemy/Alembic would accept; the
 * message names the construct and says what to use instead.
 */
public class UnsupportedConstructException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String construct;
  private final String instead;

  /**
   * Creates the exception.
   *
   * @param construct the construct as the learner wrote it, e.g. {@code sa.PickleType() values}
   * @param instead what to use instead, as a sentence fragment starting with a verb
   */
  public UnsupportedConstructException(String construct, String instead) {
    super(construct + " is not supported by the tutor's migration engine; " + instead + ".");
    this.construct = construct;
    this.instead = instead;
  }

  /** The construct that cannot be rendered, as the learner wrote it. */
  public String construct() {
    return construct;
  }

  /** What to use instead. */
  public String instead() {
    return instead;
  }
}
