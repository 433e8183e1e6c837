package migrationtutor.engine;

import java.util.List;
import java.util.Optional;

/**
 * A failure that real Alembic shows as a Python traceback (exit status 1): an SQLite error while a
 * migration runs, a syntax error in a revision file, a missing module imported by env.py.
 *
 * <p>The tutor prints the parts of the traceback a learner needs: the frame in their own file (when
 * known) and the final exception line exactly as Python prints it, e.g. {@code
 * sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) duplicate column name: deleted_at}
 * followed by Alembic's {@code [SQL: ...]} detail lines.
 *
 * @param exceptionType the qualified Python exception name, e.g. {@code NameError}
 */
public final class PythonError extends EngineError {
  private static final long serialVersionUID = 1L;
  private final String exceptionType;
  private final transient Optional<Frame> frame;
  private final List<String> details;

  /**
   * Where in the learner's file the error happened, as a traceback frame shows it.
   *
   * @param function the function name, or null for a SyntaxError frame (which has none)
   * @param caretColumn the 1-based column a SyntaxError's caret points at, or 0 for none
   */
  public record Frame(String path, int line, String function, String sourceLine, int caretColumn) {
    /** A frame without a caret. */
    public Frame(String path, int line, String function, String sourceLine) {
      this(path, line, function, sourceLine, 0);
    }
  }

  public PythonError(String exceptionType, String message) {
    this(exceptionType, message, null, List.of(), null);
  }

  public PythonError(
      String exceptionType, String message, Frame frame, List<String> details, Throwable cause) {
    super(message, cause);
    this.exceptionType = exceptionType;
    this.frame = Optional.ofNullable(frame);
    this.details = List.copyOf(details);
  }

  /** The qualified Python exception name. */
  public String exceptionType() {
    return exceptionType;
  }

  /** The frame in the learner's file, if the error is tied to one. */
  public Optional<Frame> frame() {
    return frame;
  }

  /** Lines Python prints after the exception line (e.g. {@code [SQL: ...]}). */
  public List<String> details() {
    return details;
  }

  /** This error with a frame attached (used when the caller knows where it happened). */
  public PythonError at(Frame where) {
    return new PythonError(exceptionType, getMessage(), where, details, getCause());
  }

  /** The exception line as Python prints it: {@code Type: message}, or just the type. */
  public String exceptionLine() {
    String message = getMessage();
    return message == null || message.isEmpty() ? exceptionType : exceptionType + ": " + message;
  }
}
