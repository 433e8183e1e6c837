package migrationtutor.engine.config;

/**
 * An .ini file that Python's configparser would refuse, with configparser's exception name and
 * message (Alembic shows these as a traceback ending in that line).
 */
public final class IniSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String pythonException;

  IniSyntaxError(String pythonException, String message) {
    super(message);
    this.pythonException = pythonException;
  }

  /** The qualified Python exception name, e.g. {@code configparser.ParsingError}. */
  public String pythonException() {
    return pythonException;
  }
}
