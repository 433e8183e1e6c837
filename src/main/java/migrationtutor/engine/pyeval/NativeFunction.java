package migrationtutor.engine.pyeval;

import java.util.Objects;
import java.util.function.Function;

/**
 * A callable implemented in Java, such as {@code op.add_column} or the builtin {@code len}. With a
 * {@link Signature}, arguments are bound (and wrong calls rejected with CPython's TypeError
 * messages) before the body runs.
 */
public final class NativeFunction implements PyNative {
  private final String name;
  private final Function<Args, PyValue> body;

  private NativeFunction(String name, Function<Args, PyValue> body) {
    this.name = Objects.requireNonNull(name);
    this.body = Objects.requireNonNull(body);
  }

  /** A function that receives its raw arguments. */
  public static NativeFunction of(String name, Function<Args, PyValue> body) {
    return new NativeFunction(name, body);
  }

  /** A function whose arguments are bound to a signature first. */
  public static NativeFunction of(Signature signature, Function<BoundArgs, PyValue> body) {
    return new NativeFunction(signature.name(), args -> body.apply(signature.bind(args)));
  }

  /** The function's name. */
  public String name() {
    return name;
  }

  @Override
  public String typeName() {
    return "builtin_function_or_method";
  }

  @Override
  public String repr() {
    return "<built-in function " + name + ">";
  }

  @Override
  public PyValue attribute(String attr) {
    return attr.equals("__name__") ? new PyStr(name) : null;
  }

  @Override
  public PyValue call(Args args) {
    PyValue result = body.apply(args);
    return result == null ? PyNone.NONE : result;
  }
}
