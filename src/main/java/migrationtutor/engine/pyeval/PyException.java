package migrationtutor.engine.pyeval;

import java.util.List;
import migrationtutor.engine.pysrc.Span;

/**
 * A Python exception raised while evaluating: its Python type ({@code NameError}, {@code
 * TypeError}, ...), its message, the exception object a handler binds with {@code except ... as e},
 * and where in which file it was raised once known.
 */
public final class PyException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient PyExceptionValue value;
  private final transient Span span;
  private final String file;
  private final String function;

  /** An exception of a type named as Python names it ({@code ValueError}, {@code a.b.Error}). */
  public PyException(String pythonType, String message) {
    this(
        new PyExceptionValue(
            PyExceptionType.forName(pythonType),
            message == null ? List.of() : List.of(new PyStr(message))));
  }

  /** An exception raising an exception object (what {@code raise ValueError("x")} raises). */
  public PyException(PyExceptionValue value) {
    this(value, null, null, null);
  }

  private PyException(PyExceptionValue value, Span span, String file, String function) {
    super(value.str(), null, false, false);
    this.value = value;
    this.span = span;
    this.file = file;
    this.function = function;
  }

  /** A TypeError. */
  public static PyException typeError(String message) {
    return new PyException("TypeError", message);
  }

  /** An AttributeError. */
  public static PyException attributeError(String message) {
    return new PyException("AttributeError", message);
  }

  /** A ValueError. */
  public static PyException valueError(String message) {
    return new PyException("ValueError", message);
  }

  /** A KeyError for a key: its message is the key's repr, as CPython prints it. */
  public static PyException keyError(PyValue key) {
    return new PyException(new PyExceptionValue(PyExceptionType.KEY_ERROR, List.of(key)));
  }

  /** A NameError for a name that is not defined. */
  public static PyException nameError(String name) {
    return new PyException("NameError", "name '" + name + "' is not defined");
  }

  /** An IndexError. */
  public static PyException indexError(String message) {
    return new PyException("IndexError", message);
  }

  /** A MemoryError raised because a limit of the evaluator protects the host's memory. */
  public static PyException memoryError(String message) {
    return new PyException("MemoryError", message);
  }

  /** The Python exception type name, possibly qualified ({@code sqlalchemy.exc.ArgumentError}). */
  public String pythonType() {
    return value.type().name();
  }

  /** The Python exception type. */
  public PyExceptionType type() {
    return value.type();
  }

  /** The exception object, as {@code except ... as e} binds it. */
  public PyExceptionValue value() {
    return value;
  }

  /** Where it was raised, or null if not yet known. */
  public Span span() {
    return span;
  }

  /** The file it was raised in, or null if not yet known. */
  public String file() {
    return file;
  }

  /** The function it was raised in ({@code <module>} at module level), or null. */
  public String function() {
    return function;
  }

  /** The exception line as Python prints it last in a traceback: {@code Type: message}. */
  public String exceptionLine() {
    String message = getMessage();
    return message.isEmpty() ? pythonType() : pythonType() + ": " + message;
  }

  /** This exception located at a place, unless it already has a location (the innermost wins). */
  public PyException locate(Span where, String inFile, String inFunction) {
    if (span != null || where == null) {
      return this;
    }
    return new PyException(value, where, inFile, inFunction);
  }

  /** This exception without its location, as raising a caught exception again re-locates it. */
  PyException unlocated() {
    return span == null ? this : new PyException(value);
  }

  @Override
  public String toString() {
    String where =
        span == null ? "" : " (" + file + ", line " + span.line() + ", in " + function + ")";
    return exceptionLine() + where;
  }
}
