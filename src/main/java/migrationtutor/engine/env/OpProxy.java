package migrationtutor.engine.env;

import java.util.function.Supplier;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;

/**
 * {@code alembic.op}: a proxy that forwards to the operations of the migration running now, as
 * Alembic's module-level proxy does. Revision files import it long before a migration runs; using
 * it outside one fails with Alembic's own message.
 */
public final class OpProxy implements PyNative {
  private final Supplier<PyValue> current;

  /**
   * @param current the active {@code Operations} object, or null when no migration runs
   */
  public OpProxy(Supplier<PyValue> current) {
    this.current = current;
  }

  @Override
  public String typeName() {
    return "module";
  }

  @Override
  public String repr() {
    return "<module 'alembic.op'>";
  }

  @Override
  public PyValue attribute(String name) {
    PyValue target = current.get();
    if (target instanceof PyNative n) {
      return n.attribute(name);
    }
    return NativeFunction.of(
        name,
        (Args a) -> {
          throw new PyException(
              "NameError",
              "Can't invoke function '"
                  + name
                  + "', as the proxy"
                  + " object has not yet been established for the Alembic 'Operations' class.  Try"
                  + " placing this code inside a callable.");
        });
  }

  @Override
  public PyException noAttribute(String name) {
    return PyException.attributeError("module 'alembic.op' has no attribute '" + name + "'");
  }
}
