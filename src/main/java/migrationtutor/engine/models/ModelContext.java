package migrationtutor.engine.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyClass;
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
  private final Consumer<String> stderr;
  private final Consumer<PythonWarning> warnings;

  /**
   * @param stderr where Python's {@code warnings.showwarning} writes
   */
  ModelContext(Supplier<PyModule> sqlalchemy, Consumer<String> stderr) {
    this.sqlalchemy = sqlalchemy;
    this.stderr = stderr;
    this.warnings = w -> stderr.accept(w.category() + ": " + w.message() + "\n");
  }

  ModelRegistry registry() {
    return registry;
  }

  Consumer<PythonWarning> warnings() {
    return warnings;
  }

  /**
   * An SAWarning SQLAlchemy raises while mapping a class: Python prints it with the class
   * statement's file and line, then that line's source ({@code warnings.formatwarning}).
   */
  void warn(PyClass where, String message) {
    int line = where.definition().span().line();
    String source = "";
    try {
      List<String> lines = Files.readAllLines(Path.of(where.file()));
      source = line <= lines.size() ? lines.get(line - 1).strip() : "";
    } catch (IOException | RuntimeException e) {
      // Python prints no source line when it cannot read the file.
    }
    stderr.accept(
        where.file()
            + ":"
            + line
            + ": SAWarning: "
            + message
            + "\n"
            + (source.isEmpty() ? "" : "  " + source + "\n"));
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
