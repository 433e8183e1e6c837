package migrationtutor.engine.ops;

import java.util.List;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;

/**
 * {@code sa.func}, {@code sa.func.now} and the call {@code sa.func.now()}: a function generator
 * ({@code _FunctionGenerator}) collects the dotted name, calling it builds a function element.
 *
 * @param name the function name (the last name after {@code sa.func.})
 * @param arguments the call's arguments, or null while it is still the uncalled generator
 */
record SaFunction(String name, List<PyValue> arguments) implements PyNative {
  /** {@code sa.func} itself. */
  static SaFunction generator() {
    return new SaFunction(null, null);
  }

  /** Whether this is a called function element rather than the generator. */
  boolean isCall() {
    return arguments != null;
  }

  @Override
  public String typeName() {
    return isCall() ? "Function" : "_FunctionGenerator";
  }

  @Override
  public String repr() {
    return isCall()
        ? "<sqlalchemy.sql.functions.Function object; " + name + ">"
        : "<sqlalchemy.sql.functions._FunctionGenerator object>";
  }

  @Override
  public PyValue attribute(String attr) {
    if (isCall()) {
      return ExpressionMethods.attribute(
          SqlOperands.expression(this), attr, "sa.func." + name + "()");
    }
    // _FunctionGenerator.__getattr__: names ending in "_" lose it (sa.func.sum_ is sum).
    String n = attr.endsWith("_") ? attr.substring(0, attr.length() - 1) : attr;
    return attr.startsWith("__") ? null : new SaFunction(n, null);
  }

  @Override
  public PyValue call(Args args) {
    if (isCall()) {
      return PyNative.super.call(args);
    }
    if (name == null) {
      throw PyArgs.unsupported("sa.func(...)", "name the function: sa.func.now()");
    }
    if (PyArgs.hasUnknown(args)) {
      return new PyUnknown("sa.func." + name + "(...)");
    }
    if (!args.keywords().isEmpty()) {
      throw PyArgs.unsupported(
          "sa.func." + name + "() with keyword arguments",
          "pass the function's arguments positionally");
    }
    return new SaFunction(name, List.copyOf(args.positional()));
  }

  @Override
  public PyValue operator(String operator, PyValue other, boolean reflected) {
    return isCall()
        ? ExpressionMethods.operator(SqlOperands.expression(this), operator, other, reflected)
        : null;
  }
}
