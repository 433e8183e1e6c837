package migrationtutor.engine.pyeval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python exception class such as {@code ValueError}: a value scripts can raise, call and name in
 * {@code except} clauses. Bindings may create their own ({@code sqlalchemy.exc.ArgumentError}) with
 * a builtin parent so that {@code except Exception} catches them.
 */
public final class PyExceptionType implements PyNative {
  private static final Map<String, PyExceptionType> BUILTIN = new LinkedHashMap<>();

  static final PyExceptionType BASE_EXCEPTION = builtin("BaseException", null);
  static final PyExceptionType EXCEPTION = builtin("Exception", BASE_EXCEPTION);
  static final PyExceptionType LOOKUP_ERROR = builtin("LookupError", EXCEPTION);
  static final PyExceptionType KEY_ERROR = builtin("KeyError", LOOKUP_ERROR);
  static final PyExceptionType RUNTIME_ERROR = builtin("RuntimeError", EXCEPTION);
  static final PyExceptionType IMPORT_ERROR = builtin("ImportError", EXCEPTION);
  static final PyExceptionType ARITHMETIC_ERROR = builtin("ArithmeticError", EXCEPTION);
  static final PyExceptionType NAME_ERROR = builtin("NameError", EXCEPTION);

  static {
    builtin("SystemExit", BASE_EXCEPTION);
    builtin("KeyboardInterrupt", BASE_EXCEPTION);
    builtin("GeneratorExit", BASE_EXCEPTION);
    builtin("IndexError", LOOKUP_ERROR);
    builtin("ValueError", EXCEPTION);
    builtin("UnicodeError", BUILTIN.get("ValueError"));
    builtin("TypeError", EXCEPTION);
    builtin("AttributeError", EXCEPTION);
    builtin("UnboundLocalError", NAME_ERROR);
    builtin("NotImplementedError", RUNTIME_ERROR);
    builtin("RecursionError", RUNTIME_ERROR);
    builtin("ModuleNotFoundError", IMPORT_ERROR);
    builtin("ZeroDivisionError", ARITHMETIC_ERROR);
    builtin("OverflowError", ARITHMETIC_ERROR);
    builtin("AssertionError", EXCEPTION);
    builtin("StopIteration", EXCEPTION);
    builtin("MemoryError", EXCEPTION);
    builtin("SystemError", EXCEPTION);
    builtin("OSError", EXCEPTION);
    builtin("FileNotFoundError", BUILTIN.get("OSError"));
    builtin("Warning", EXCEPTION);
    builtin("DeprecationWarning", BUILTIN.get("Warning"));
    builtin("UserWarning", BUILTIN.get("Warning"));
  }

  private final String name;
  private final PyExceptionType parent;

  /**
   * An exception class.
   *
   * @param name the name Python prints, qualified for non-builtin classes ({@code
   *     sqlalchemy.exc.OperationalError})
   * @param parent the base class; null only for {@code BaseException}
   */
  public PyExceptionType(String name, PyExceptionType parent) {
    this.name = name;
    this.parent = parent;
  }

  private static PyExceptionType builtin(String name, PyExceptionType parent) {
    PyExceptionType t = new PyExceptionType(name, parent);
    BUILTIN.put(name, t);
    return t;
  }

  /** The builtin exception class of that name, or null. */
  public static PyExceptionType builtin(String name) {
    return BUILTIN.get(name);
  }

  /** The builtin class of that name, or a new class of that name deriving from Exception. */
  public static PyExceptionType forName(String name) {
    PyExceptionType t = BUILTIN.get(name);
    return t != null ? t : new PyExceptionType(name, EXCEPTION);
  }

  /** Every builtin exception class, by name. */
  static Map<String, PyExceptionType> builtins() {
    return BUILTIN;
  }

  /** The name Python prints. */
  public String name() {
    return name;
  }

  /** The name after the last dot ({@code OperationalError} for sqlalchemy.exc.OperationalError). */
  public String simpleName() {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The base class, or null for BaseException. */
  public PyExceptionType parent() {
    return parent;
  }

  /** Whether this class is {@code other} or derives from it (compared by name). */
  public boolean isSubtypeOf(PyExceptionType other) {
    for (PyExceptionType t = this; t != null; t = t.parent) {
      if (t == other || t.name.equals(other.name)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String typeName() {
    return "type";
  }

  @Override
  public String repr() {
    return "<class '" + name + "'>";
  }

  @Override
  public PyValue attribute(String attr) {
    return attr.equals("__name__") ? new PyStr(simpleName()) : null;
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError(
        "type object '" + simpleName() + "' has no attribute '" + attr + "'");
  }

  /** {@code ValueError("message")} makes an exception object. */
  @Override
  public PyValue call(Args args) {
    if (!args.keywords().isEmpty()) {
      throw PyException.typeError(simpleName() + "() takes no keyword arguments");
    }
    return new PyExceptionValue(this, args.positional());
  }
}
