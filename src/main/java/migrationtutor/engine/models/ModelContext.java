package migrationtutor.engine.models;

import java.util.function.Consumer;
import java.util.function.Supplier;
import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.PythonWarning;

/**
 * What the declarative bindings of one command share: the registry of mapped tables, the {@code
 * sqlalchemy} module the models use (its {@code MetaData} and {@code Table} build the tables), and
 * where SQLAlchemy's warnings go.
 */
final class ModelContext {
  private final ModelRegistry registry = new ModelRegistry();
  private final Supplier<PyModule> sqlalchemy;
  private final Consumer<PythonWarning> warnings;

  ModelContext(Supplier<PyModule> sqlalchemy, Consumer<PythonWarning> warnings) {
    this.sqlalchemy = sqlalchemy;
    this.warnings = warnings;
  }

  ModelRegistry registry() {
    return registry;
  }

  Consumer<PythonWarning> warnings() {
    return warnings;
  }

  void warn(String message) {
    warnings.accept(new PythonWarning("SAWarning", message));
  }

  /** {@code sqlalchemy.<name>} as the models see it. */
  PyValue sqlalchemy(String name) {
    PyValue v = sqlalchemy.get().get(name);
    if (v == null) {
      throw new IllegalStateException("the sqlalchemy bindings lack " + name);
    }
    return v;
  }

  /** {@code sqlalchemy.<name>}, or null when the module has no such name. */
  PyValue sqlalchemyOrNull(String name) {
    return sqlalchemy.get().get(name);
  }

  /** Calls {@code sqlalchemy.<name>(*args, **kw)}. */
  PyValue callSqlalchemy(String name, Args args) {
    return ((PyNative) sqlalchemy(name)).call(args);
  }

  /** {@code MetaData()}, or the MetaData given. */
  SaMetaData metadata(PyValue given) {
    if (given instanceof SaMetaData m) {
      return m;
    }
    PyValue made = callSqlalchemy("MetaData", Args.none());
    if (!(made instanceof SaMetaData m)) {
      throw new PyException("TypeError", "MetaData() did not make a MetaData");
    }
    return m;
  }
}
