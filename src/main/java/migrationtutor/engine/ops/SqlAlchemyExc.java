package migrationtutor.engine.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyExceptionType;
import migrationtutor.engine.pyeval.PyExceptionValue;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyStr;

/**
 * The exception classes of {@code sqlalchemy.exc} (and Alembic's {@code CommandError}) with their
 * real hierarchy, so that {@code except sa.exc.SQLAlchemyError:} in a script catches an {@code
 * OperationalError} as it does in Python.
 */
final class SqlAlchemyExc {
  private static final Map<String, PyExceptionType> TYPES = new LinkedHashMap<>();

  static {
    PyExceptionType exception = PyExceptionType.builtin("Exception");
    PyExceptionType base = add("SQLAlchemyError", exception);
    PyExceptionType argument = add("ArgumentError", base);
    add("NoSuchModuleError", argument);
    add("ObjectNotExecutableError", argument);
    PyExceptionType compile = add("CompileError", base);
    add("UnsupportedCompilationError", compile);
    PyExceptionType invalid = add("InvalidRequestError", base);
    add("NoSuchTableError", invalid);
    add("NoReferencedTableError", invalid);
    PyExceptionType statement = add("StatementError", base);
    PyExceptionType dbapi = add("DBAPIError", statement);
    add("InterfaceError", dbapi);
    PyExceptionType database = add("DatabaseError", dbapi);
    for (String name :
        List.of(
            "DataError",
            "OperationalError",
            "IntegrityError",
            "InternalError",
            "ProgrammingError",
            "NotSupportedError")) {
      add(name, database);
    }
  }

  /** Alembic's {@code alembic.util.exc.CommandError}, printed as {@code FAILED: ...}. */
  static final PyExceptionType COMMAND_ERROR =
      new PyExceptionType("alembic.util.exc.CommandError", PyExceptionType.builtin("Exception"));

  private SqlAlchemyExc() {}

  private static PyExceptionType add(String name, PyExceptionType parent) {
    PyExceptionType t = new PyExceptionType("sqlalchemy.exc." + name, parent);
    TYPES.put(name, t);
    return t;
  }

  /**
   * The exception class a traceback names: {@code sqlalchemy.exc.X} from this hierarchy, Alembic's
   * CommandError, a builtin, or else a new class of that name deriving from Exception.
   */
  static PyExceptionType type(String pythonClass) {
    if (pythonClass.startsWith("sqlalchemy.exc.")) {
      PyExceptionType t = TYPES.get(pythonClass.substring("sqlalchemy.exc.".length()));
      if (t != null) {
        return t;
      }
    }
    if (pythonClass.equals(COMMAND_ERROR.name())) {
      return COMMAND_ERROR;
    }
    return PyExceptionType.forName(pythonClass);
  }

  /** An exception of the class a traceback names, with one message argument. */
  static PyException error(String pythonClass, String message) {
    return new PyException(new PyExceptionValue(type(pythonClass), List.of(new PyStr(message))));
  }

  /** {@code sqlalchemy.exc.ArgumentError(message)}. */
  static PyException argumentError(String message) {
    return error("sqlalchemy.exc.ArgumentError", message);
  }

  /** The {@code sqlalchemy.exc} module. */
  static PyModule module() {
    PyModule m = new PyModule("sqlalchemy.exc");
    TYPES.forEach(m::put);
    return m;
  }
}
