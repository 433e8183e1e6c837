package migrationtutor.engine.pyeval;

/**
 * What {@code @property}, {@code @staticmethod} and {@code @classmethod} make of a function in a
 * class body: the function, marked with its kind (the typeName), for readers that inspect classes.
 * Methods are not bound or called through it.
 */
final class MethodWrapper implements PyNative {
  private final String kind;
  private final PyValue function;

  MethodWrapper(String kind, PyValue function) {
    this.kind = kind;
    this.function = function;
  }

  /** The wrapped function. */
  PyValue function() {
    return function;
  }

  @Override
  public String typeName() {
    return kind;
  }

  @Override
  public String repr() {
    return "<" + kind + " object>";
  }

  @Override
  public PyValue attribute(String name) {
    if (name.equals("__func__") || name.equals("fget")) {
      return function;
    }
    if (kind.equals("property") && name.equals("setter")) {
      return NativeFunction.of("setter", a -> this);
    }
    return null;
  }
}
