package migrationtutor.engine.pyeval;

/** A method of a builtin value looked up but not yet called, such as {@code "a,b".split}. */
final class BoundMethod implements PyNative {
  /** The implementation of the builtin methods of one type. */
  @FunctionalInterface
  interface Impl {
    PyValue call(PyValue self, String name, Args args);
  }

  private final PyValue self;
  private final String name;
  private final Impl impl;

  BoundMethod(PyValue self, String name, Impl impl) {
    this.self = self;
    this.name = name;
    this.impl = impl;
  }

  @Override
  public String typeName() {
    return "builtin_function_or_method";
  }

  @Override
  public String repr() {
    return "<built-in method " + name + " of " + self.typeName() + " object>";
  }

  @Override
  public PyValue call(Args args) {
    return impl.call(self, name, args);
  }
}
