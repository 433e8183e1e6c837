package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.SourceLimitError;
import migrationtutor.engine.autogen.MetadataTable;
import migrationtutor.engine.autogen.TargetMetadata;
import migrationtutor.engine.ops.SaMetaData;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;

/**
 * The modules that let a project's models define tables — {@code sqlalchemy.orm}'s declarative API,
 * {@code sqlalchemy.ext.declarative}, Flask-SQLAlchemy's {@code flask_sqlalchemy} — and the tables
 * they defined, per MetaData, for autogenerate. One instance serves one command.
 */
public final class ModelBindings {
  private final ModelContext ctx;
  private final OrmModules orm;
  private final PyValue flask;

  /**
   * @param sqlalchemy the {@code sqlalchemy} module the models import
   * @param stderr where SQLAlchemy's warnings are printed, as Python prints warnings
   */
  public ModelBindings(Supplier<PyModule> sqlalchemy, Consumer<String> stderr) {
    this.ctx = new ModelContext(sqlalchemy, stderr);
    this.orm = new OrmModules(ctx);
    this.flask = FlaskSqlAlchemy.module(ctx, orm.orm());
  }

  /**
   * A module by dotted name, or empty when it is not one of these.
   *
   * @throws migrationtutor.engine.pyeval.PyException ModuleNotFoundError for a submodule the real
   *     {@code sqlalchemy.orm} does not have
   */
  public Optional<PyValue> module(String name) {
    if (name.equals("flask_sqlalchemy")) {
      return Optional.of(flask);
    }
    return orm.module(name);
  }

  /**
   * The tables {@code target_metadata} holds: one MetaData or a list or tuple of them.
   *
   * @param target what env.py passed (not None)
   * @throws SourceLimitError where the models hold something the tutor could not read
   * @throws PythonError Python's AttributeError for a value that is not a MetaData
   */
  public TargetMetadata targetMetadata(PyValue target) {
    List<PyValue> metadatas = new ArrayList<>();
    if (target instanceof PyList l) {
      metadatas.addAll(l.items());
    } else if (target instanceof PyTuple t) {
      metadatas.addAll(t.items());
    } else {
      metadatas.add(target);
    }
    List<List<MetadataTable>> out = new ArrayList<>();
    List<ModelProblem> problems = new ArrayList<>();
    for (PyValue m : metadatas) {
      if (m instanceof PyUnknown u) {
        throw new SourceLimitError(
            null,
            "env.py passes context.configure(target_metadata=...) a value from "
                + u.origin()
                + ", which the tutor cannot evaluate; autogenerate needs the MetaData of the"
                + " models, such as Base.metadata");
      }
      if (!(m instanceof SaMetaData metadata)) {
        String owner =
            m instanceof PyClass c
                ? "type object '" + c.name() + "'"
                : m instanceof DeclarativeBaseValue d
                    ? "type object '" + d.attribute("__name__").str() + "'"
                    : "'" + m.typeName() + "' object";
        throw new PythonError("AttributeError", owner + " has no attribute 'sorted_tables'");
      }
      out.add(TargetTables.of(metadata, ctx.registry(), problems));
    }
    if (!problems.isEmpty()) {
      ModelProblem first = problems.get(0);
      throw new SourceLimitError(first.location(), first.message());
    }
    return new TargetMetadata(out);
  }
}
