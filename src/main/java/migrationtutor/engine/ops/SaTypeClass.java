package migrationtutor.engine.ops;

import java.util.function.Function;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.SqlType;

/** A SQLAlchemy type class such as {@code sa.String}: called it builds a {@link SaType}. */
final class SaTypeClass implements PyNative {
  private final String name;
  private final String module;
  private final Function<Args, SqlType> factory;

  /**
   * A type class.
   *
   * @param name the class name, e.g. {@code String}
   * @param module the defining module its repr shows, e.g. {@code sqlalchemy.sql.sqltypes}
   * @param factory builds the model from constructor arguments, raising CPython's errors
   */
  SaTypeClass(String name, String module, Function<Args, SqlType> factory) {
    this.name = name;
    this.module = module;
    this.factory = factory;
  }

  /** The class name. */
  String name() {
    return name;
  }

  /** {@code to_instance(cls)}: the class called without arguments. */
  SqlType instance() {
    return HostErrors.translating(() -> factory.apply(Args.none()));
  }

  @Override
  public PyValue call(Args args) {
    if (PyArgs.hasUnknown(args)) {
      return new PyUnknown(name + "(...)");
    }
    return new SaType(HostErrors.translating(() -> factory.apply(args)));
  }

  @Override
  public String typeName() {
    return "TraversibleType";
  }

  @Override
  public String repr() {
    return "<class '" + module + "." + name + "'>";
  }

  @Override
  public PyValue attribute(String attr) {
    if (attr.equals("__name__")) {
      return new PyStr(name);
    } else if (attr.equals("__module__")) {
      return new PyStr(module);
    }
    return null;
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
  }
}
