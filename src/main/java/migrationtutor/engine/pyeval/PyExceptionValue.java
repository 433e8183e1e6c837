package migrationtutor.engine.pyeval;

import java.util.List;

/**
 * An exception object, as {@code ValueError("bad")} creates it and {@code except ValueError as e}
 * binds it: its class and its arguments. str() follows CPython's {@code BaseException.__str__}
 * (KeyError shows the key's repr).
 */
public final class PyExceptionValue implements PyNative {
  private final PyExceptionType type;
  private final List<PyValue> args;

  public PyExceptionValue(PyExceptionType type, List<PyValue> args) {
    this.type = type;
    this.args = List.copyOf(args);
  }

  /** The exception class. */
  public PyExceptionType type() {
    return type;
  }

  /** The arguments it was created with. */
  public List<PyValue> args() {
    return args;
  }

  @Override
  public String typeName() {
    return type.simpleName();
  }

  @Override
  public String str() {
    if (args.isEmpty()) {
      return "";
    }
    if (args.size() == 1) {
      // KeyError('x') prints as 'x' (KeyError.__str__ uses the repr of a lone argument).
      return type.isSubtypeOf(PyExceptionType.KEY_ERROR) ? args.get(0).repr() : args.get(0).str();
    }
    return new PyTuple(args).repr();
  }

  @Override
  public String repr() {
    String inner = new PyTuple(args).repr();
    if (args.size() == 1) {
      inner = "(" + args.get(0).repr() + ")";
    }
    return type.simpleName() + inner;
  }

  @Override
  public PyValue attribute(String name) {
    return name.equals("args") ? new PyTuple(args) : null;
  }
}
