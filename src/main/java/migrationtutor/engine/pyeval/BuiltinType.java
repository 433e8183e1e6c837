package migrationtutor.engine.pyeval;

/**
 * A builtin class such as {@code str} or {@code list}: callable as its constructor, usable with
 * isinstance(), and what type() returns for builtin values.
 */
final class BuiltinType implements PyNative {
  /** Makes an instance from constructor arguments. */
  @FunctionalInterface
  interface Constructor {
    PyValue make(Args args);
  }

  private final String name;
  private final Constructor constructor;
  private Methods methods;

  BuiltinType(String name, Constructor constructor) {
    this.name = name;
    this.constructor = constructor;
  }

  String name() {
    return name;
  }

  /** Whether a value is an instance of this type (bool counts as int, as in Python). */
  boolean isInstance(PyValue v) {
    String t = v.typeName();
    if (t.equals(name) || name.equals("object")) {
      return true;
    }
    return name.equals("int") && v instanceof PyBool;
  }

  @Override
  public String typeName() {
    return "type";
  }

  @Override
  public String repr() {
    return "<class '" + name + "'>";
  }

  /** Lets {@code str.lower} and friends be looked up on the type. */
  BuiltinType withMethods(Methods m) {
    this.methods = m;
    return this;
  }

  @Override
  public PyValue attribute(String attr) {
    if (attr.equals("__name__")) {
      return new PyStr(name);
    }
    return methods == null ? null : methods.unbound(name, attr);
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
  }

  /** {@code list[int]} and friends in annotations: a generic alias nobody inspects. */
  @Override
  public PyValue item(PyValue key) {
    return new PyUnknown(name + "[" + key.repr() + "]");
  }

  @Override
  public PyValue call(Args args) {
    if (constructor == null) {
      throw PyException.typeError("cannot create '" + name + "' instances");
    }
    return constructor.make(args);
  }
}
