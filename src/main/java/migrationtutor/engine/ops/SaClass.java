package migrationtutor.engine.ops;

import java.util.function.Function;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;

/**
 * A SQLAlchemy schema class such as {@code sa.Column} or {@code sa.Table}: calling it runs the
 * constructor binding, with engine errors translated and unknown arguments giving an unknown.
 */
final class SaClass implements PyNative {
  private final String name;
  private final String module;
  private final Function<Args, PyValue> constructor;

  /**
   * A class.
   *
   * @param name the class name
   * @param module the module under {@code sqlalchemy.} its repr names, e.g. {@code sql.schema}
   * @param constructor builds the value from the call's arguments
   */
  SaClass(String name, String module, Function<Args, PyValue> constructor) {
    this.name = name;
    this.module = module;
    this.constructor = constructor;
  }

  @Override
  public PyValue call(Args args) {
    if (PyArgs.hasUnknown(args)) {
      return new PyUnknown("sa." + name + "(...)");
    }
    return HostErrors.translating(() -> constructor.apply(args));
  }

  @Override
  public String typeName() {
    return "type";
  }

  @Override
  public String repr() {
    return "<class 'sqlalchemy.sql." + module + "." + name + "'>";
  }

  @Override
  public PyValue attribute(String attr) {
    return attr.equals("__name__") ? new PyStr(name) : null;
  }

  @Override
  public PyException noAttribute(String attr) {
    return PyException.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
  }
}
