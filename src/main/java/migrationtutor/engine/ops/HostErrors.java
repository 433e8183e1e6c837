package migrationtutor.engine.ops;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.pyeval.EvalLimitError;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyExceptionType;
import migrationtutor.engine.pyeval.PyExceptionValue;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.SubsetError;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * Turns the Java exceptions of the engine (the impl's {@code NotImplementedError}, an SQLite error
 * from the sink, the flusher's {@code CommandError}) into the Python exceptions a script sees, and
 * remembers the original of each so the runtime can report it exactly.
 *
 * <p>The interpreter lets only {@link PyException} leave a native call (anything else becomes a
 * {@code SystemError}), and a script may catch the error with {@code try}/{@code except}. The
 * exception object ({@link PyExceptionValue}) survives re-location and re-raising, so it is the key
 * under which the original is kept.
 */
final class HostErrors {
  private final Map<PyExceptionValue, RuntimeException> originals = new IdentityHashMap<>();

  /** Runs a binding body, translating and recording any engine exception. */
  <T> T run(Supplier<T> body) {
    try {
      return body.get();
    } catch (PyException | EvalLimitError | SubsetError e) {
      throw e;
    } catch (CommandError
        | PythonError
        | PythonException
        | UnsupportedConstructException
        | IllegalArgumentException e) {
      PyException py = translate(e);
      originals.put(py.value(), e);
      return rethrow(py);
    }
  }

  /** The engine exception a Python exception was made from, if it was made here. */
  Optional<RuntimeException> original(PyException e) {
    return Optional.ofNullable(originals.get(e.value()));
  }

  /** Runs a body that needs no recording (sqlalchemy constructors), translating exceptions. */
  static <T> T translating(Supplier<T> body) {
    try {
      return body.get();
    } catch (PyException | EvalLimitError | SubsetError e) {
      throw e;
    } catch (CommandError
        | PythonError
        | PythonException
        | UnsupportedConstructException
        | IllegalArgumentException e) {
      return rethrow(translate(e));
    }
  }

  /** The Python exception for an engine exception. */
  static PyException translate(RuntimeException e) {
    if (e instanceof PythonException p && p.pythonClass().equals("KeyError")) {
      // The model gives a KeyError's message as the key's repr, which str(KeyError) shows.
      return new PyException(
          new PyExceptionValue(
              PyExceptionType.builtin("KeyError"), List.of(new ReprText(p.pythonMessage()))));
    } else if (e instanceof PythonException p) {
      return SqlAlchemyExc.error(p.pythonClass(), p.pythonMessage());
    } else if (e instanceof UnsupportedConstructException) {
      return new PyException("NotImplementedError", e.getMessage());
    } else if (e instanceof CommandError) {
      return SqlAlchemyExc.error(SqlAlchemyExc.COMMAND_ERROR.name(), e.getMessage());
    } else if (e instanceof PythonError p) {
      // str() of a DBAPIError holds the [SQL: ...] detail lines after the message.
      StringBuilder message = new StringBuilder(p.getMessage() == null ? "" : p.getMessage());
      p.details().forEach(d -> message.append('\n').append(d));
      return SqlAlchemyExc.error(p.exceptionType(), message.toString());
    }
    // The schema records refuse values they cannot model with IllegalArgumentException.
    return new PyException(
        "NotImplementedError",
        "the tutor's migration engine cannot model this value: " + e.getMessage());
  }

  /** A KeyError's key known only by its repr. */
  private record ReprText(String repr) implements PyNative {
    @Override
    public String typeName() {
      return "str";
    }
  }

  private static <T> T rethrow(PyException e) {
    throw e;
  }
}
