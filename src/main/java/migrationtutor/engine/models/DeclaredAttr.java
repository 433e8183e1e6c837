package migrationtutor.engine.models;

import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;

/**
 * {@code @declared_attr} (or {@code @declared_attr.cascading}) on a function of a model or mixin:
 * declarative calls it with the mapped class to get the attribute's value.
 *
 * @param fget the decorated function
 * @param cascading whether it was {@code declared_attr.cascading}
 */
record DeclaredAttr(PyValue fget, boolean cascading) implements PyNative {
  /** {@code declared_attr}: the decorator, with its {@code cascading} variant. */
  static PyNative decorator() {
    return new PyNative() {
      @Override
      public PyValue call(Args args) {
        return new DeclaredAttr(args.positional().get(0), false);
      }

      @Override
      public PyValue attribute(String name) {
        return name.equals("cascading")
            ? NativeFunction.of("cascading", a -> new DeclaredAttr(a.positional().get(0), true))
            : null;
      }

      @Override
      public String typeName() {
        return "type";
      }

      @Override
      public String repr() {
        return "<class 'sqlalchemy.orm.decl_api.declared_attr'>";
      }
    };
  }

  /** The attribute's value for a class: the function called with it. */
  PyValue valueFor(PyClass cls) {
    return ((PyNative) fget).call(Args.of(cls));
  }

  @Override
  public String typeName() {
    return "declared_attr";
  }

  @Override
  public String repr() {
    return "<sqlalchemy.orm.decl_api.declared_attr object>";
  }
}
