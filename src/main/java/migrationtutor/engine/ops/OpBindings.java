package migrationtutor.engine.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.PythonWarning;

/**
 * The {@code op} and {@code sa} of one migration run: the modules {@code alembic}, {@code
 * alembic.op}, {@code alembic.context} and {@code sqlalchemy...} to register in the interpreter's
 * {@link ModuleLoader}, wired to the run's {@link SqliteImpl} and {@link BatchFlusher}.
 *
 * <pre>{@code
 * OpBindings ops = new OpBindings(impl, offline, flusher, environmentContext, warnings::add);
 * Interpreter py = Interpreter.builder().policy(EvalPolicy.revisionScript())
 *     .loader(ops.loader(ModuleLoader.NONE)).build();
 * py.call(script, "upgrade", Args.none());   // a PyException: see hostError(e)
 * }</pre>
 *
 * <p>For reading files outside a run (a revision file's module level, env.py, models) use {@link
 * #loadingLoader}, whose {@code alembic.op} is Alembic's not-yet-established proxy. A module read
 * that way keeps that {@code op}: execute the revision file again with the run's loader before
 * calling its {@code upgrade()} (its module level has no effects), as Alembic's proxy module only
 * becomes usable once the run installs it.
 */
public final class OpBindings {
  private final HostErrors errors = new HostErrors();
  private final SqlAlchemyModules sqlalchemy;
  private final Map<String, PyValue> alembic = new LinkedHashMap<>();
  private final PyModule op;

  /** The bindings of a run whose SQLAlchemy warnings are ignored. */
  public OpBindings(SqliteImpl impl, boolean offline, BatchFlusher flusher, PyValue context) {
    this(impl, offline, flusher, context, w -> {});
  }

  /**
   * The bindings of a run.
   *
   * @param impl the run's impl; its sink receives every statement
   * @param offline whether the run is {@code --sql} mode (decides what {@code op.get_bind()}
   *     returns and what a failing {@code op.execute(5)} raises)
   * @param flusher applies each finished batch block
   * @param context the value of {@code from alembic import context} (the runtime's
   *     EnvironmentContext), or null for Alembic's unestablished proxy
   * @param warnings receives SQLAlchemy's warnings ({@code SAWarning}, ...) raised by the bindings;
   *     pass the consumer the impl reports Alembic's {@code UserWarning}s to
   */
  public OpBindings(
      SqliteImpl impl,
      boolean offline,
      BatchFlusher flusher,
      PyValue context,
      Consumer<PythonWarning> warnings) {
    Objects.requireNonNull(impl);
    Objects.requireNonNull(flusher);
    Objects.requireNonNull(warnings);
    this.sqlalchemy = SqlAlchemyModules.create(warnings);
    OpRuntime rt =
        new OpRuntime(impl, offline, flusher, errors, new SchemaObjects(warnings), warnings);
    this.op = Operations.module(rt);
    PyValue ctx = context != null ? context : AlembicModules.placeholderContext();
    alembic.put("alembic", AlembicModules.alembic(op, ctx));
    alembic.put("alembic.op", op);
    alembic.put("alembic.context", ctx);
  }

  /** The {@code alembic.op} module of this run. */
  public PyModule op() {
    return op;
  }

  /** The {@code sqlalchemy} modules of this run. */
  public SqlAlchemyModules sqlalchemy() {
    return sqlalchemy;
  }

  /**
   * The module of a dotted name: {@code alembic}, {@code alembic.op}, {@code alembic.context} or
   * one of {@link SqlAlchemyModules#names()}; null for any other name.
   */
  public PyValue module(String name) {
    PyValue m = alembic.get(name);
    return m != null ? m : sqlalchemy.module(name);
  }

  /** A loader answering {@link #module} for absolute imports and asking {@code next} otherwise. */
  public ModuleLoader loader(ModuleLoader next) {
    Objects.requireNonNull(next);
    return (name, level, importer) -> {
      PyValue m = level == 0 && name != null ? module(name) : null;
      return m != null ? m : next.load(name, level, importer);
    };
  }

  /**
   * The engine exception a script's Python exception was made from, if a binding of this run made
   * it: the impl's {@code NotImplementedError} ({@code ConstraintAlterNotSupportedException}), an
   * SQLite failure from the sink ({@code PythonError}), the flusher's {@code CommandError}, an
   * unsupported construct ({@code UnsupportedConstructException}). Report that original (e.g.
   * {@code FAILED: ...} for a CommandError) rather than the Python translation.
   */
  public Optional<RuntimeException> hostError(PyException e) {
    return errors.original(e);
  }

  /**
   * A loader for reading files outside a migration run: {@code sqlalchemy...} modules, and an
   * {@code alembic} whose {@code op} is the unestablished proxy.
   *
   * @param context the value of {@code alembic.context}, or null for the unestablished proxy
   * @param warnings receives SQLAlchemy's warnings
   * @param next asked for every other module
   */
  public static ModuleLoader loadingLoader(
      PyValue context, Consumer<PythonWarning> warnings, ModuleLoader next) {
    SqlAlchemyModules sa = SqlAlchemyModules.create(warnings);
    PyModule op = AlembicModules.placeholderOp();
    PyValue ctx = context != null ? context : AlembicModules.placeholderContext();
    Map<String, PyValue> modules =
        Map.of(
            "alembic", AlembicModules.alembic(op, ctx), "alembic.op", op, "alembic.context", ctx);
    return sa.loader(
        (name, level, importer) -> {
          PyValue m = level == 0 && name != null ? modules.get(name) : null;
          return m != null ? m : next.load(name, level, importer);
        });
  }
}
