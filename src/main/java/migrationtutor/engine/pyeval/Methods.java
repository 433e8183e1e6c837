package migrationtutor.engine.pyeval;

/** Finds the builtin methods of str, list, dict, tuple, set, bytes, int and float values. */
final class Methods {
  private final StrMethods str;
  private final ListMethods list;
  private final DictMethods dict;
  private final OtherMethods other;

  Methods(Runtime rt) {
    this.str = new StrMethods(rt);
    this.list = new ListMethods(rt);
    this.dict = new DictMethods(rt);
    this.other = new OtherMethods(rt);
  }

  /** {@code value.name} as a bound method, or null when the type has no such method. */
  PyValue lookup(PyValue self, String name) {
    BoundMethod.Impl impl = implFor(self.typeName(), name);
    return impl == null ? null : new BoundMethod(self, name, impl);
  }

  /** {@code str.lower} looked up on the type: a function taking the instance first. */
  PyValue unbound(String typeName, String name) {
    BoundMethod.Impl impl = implFor(typeName, name);
    if (impl == null) {
      return null;
    }
    return NativeFunction.of(
        typeName + "." + name,
        args -> {
          if (args.positional().isEmpty()
              || !args.positional().get(0).typeName().equals(typeName)) {
            throw PyException.typeError(
                "unbound method " + typeName + "." + name + "() needs an argument");
          }
          Args rest =
              new Args(args.positional().subList(1, args.positional().size()), args.keywords());
          return impl.call(args.positional().get(0), name, rest);
        });
  }

  private BoundMethod.Impl implFor(String typeName, String name) {
    switch (typeName) {
      case "str":
        return StrMethods.NAMES.contains(name) ? str::call : null;
      case "list":
        return ListMethods.NAMES.contains(name) ? list::call : null;
      case "dict":
        return DictMethods.NAMES.contains(name) ? dict::call : null;
      default:
        return other.has(typeName, name) ? other::call : null;
    }
  }
}
