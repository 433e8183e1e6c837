package migrationtutor.engine.schema;

/**
 * An error that real SQLAlchemy or Alembic raises at the same point, with its Python exception
 * class and message, so that the caller can print what the real tool prints.
 *
 * <p>Python ends a traceback with {@code <class>: <message>}; builtins are unqualified there
 * ({@code NotImplementedError: ...}, {@code KeyError: 'nope'}) and library exceptions qualified
 * ({@code sqlalchemy.exc.CompileError: ...}). {@link #pythonClass()} is spelled that way.
 */
public class PythonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@code sqlalchemy.exc.CompileError}: a construct cannot be compiled for the dialect. */
  public static final String COMPILE_ERROR = "sqlalchemy.exc.CompileError";

  /** {@code sqlalchemy.exc.ArgumentError}: a schema construct was given bad arguments. */
  public static final String ARGUMENT_ERROR = "sqlalchemy.exc.ArgumentError";

  /** {@code sqlalchemy.exc.StatementError}: a parameter could not be processed at execution. */
  public static final String STATEMENT_ERROR = "sqlalchemy.exc.StatementError";

  /** {@code sqlalchemy.exc.UnsupportedCompilationError}: no compiler rule for a construct. */
  public static final String UNSUPPORTED_COMPILATION_ERROR =
      "sqlalchemy.exc.UnsupportedCompilationError";

  /** {@code alembic.util.exc.CommandError}: Alembic's user-facing command error. */
  public static final String COMMAND_ERROR = "alembic.util.exc.CommandError";

  private final String pythonClass;
  private final String pythonMessage;

  /** Creates the exception; {@code pythonClass} as a traceback's last line spells it. */
  public PythonException(String pythonClass, String pythonMessage) {
    super(pythonClass + ": " + pythonMessage);
    if (pythonClass == null || pythonClass.isEmpty() || pythonMessage == null) {
      throw new IllegalArgumentException("PythonException needs a class name and a message");
    }
    this.pythonClass = pythonClass;
    this.pythonMessage = pythonMessage;
  }

  /** The Python exception class, e.g. {@code sqlalchemy.exc.CompileError} or {@code KeyError}. */
  public String pythonClass() {
    return pythonClass;
  }

  /** The message exactly as {@code str(exception)} gives it in Python. */
  public String pythonMessage() {
    return pythonMessage;
  }

  /** The last line of the Python traceback: {@code <class>: <message>}. */
  public String tracebackLine() {
    return pythonClass + ": " + pythonMessage;
  }
}
