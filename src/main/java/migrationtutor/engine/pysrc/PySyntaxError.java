package migrationtutor.engine.pysrc;

/**
 * Why a Python source could not be parsed, worded as CPython 3.11 words it: the file name, the
 * 1-based line and column (in characters) CPython reports, and the bare message. {@link
 * #getMessage()} and {@link #toString()} give {@code file:line:col: message}.
 */
public final class PySyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which Python exception class CPython raises for the error. */
  public enum Kind {
    /** {@code SyntaxError}. */
    SYNTAX_ERROR("SyntaxError"),
    /** {@code IndentationError}. */
    INDENTATION_ERROR("IndentationError"),
    /** {@code TabError}. */
    TAB_ERROR("TabError");

    private final String pythonName;

    Kind(String pythonName) {
      this.pythonName = pythonName;
    }

    /** The Python class name, e.g. {@code IndentationError}. */
    public String pythonName() {
      return pythonName;
    }
  }

  private final String fileName;
  private final int line;
  private final int column;
  private final String message;
  private final Kind kind;

  /** An error of the given kind at line:column of fileName. */
  public PySyntaxError(String fileName, int line, int column, String message, Kind kind) {
    super(fileName + ":" + line + ":" + column + ": " + message, null, false, false);
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.message = message;
    this.kind = kind;
  }

  /** The name of the file being parsed. */
  public String fileName() {
    return fileName;
  }

  /** The 1-based line of the error. */
  public int line() {
    return line;
  }

  /** The 1-based column (in characters) of the error, as CPython's {@code offset}. */
  public int column() {
    return column;
  }

  /** The bare message, e.g. {@code "'(' was never closed"}. */
  public String message() {
    return message;
  }

  /** The Python exception class CPython would raise. */
  public Kind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
