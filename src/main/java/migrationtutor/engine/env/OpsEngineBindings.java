package migrationtutor.engine.env;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.batch.BatchOperationsImpl;
import migrationtutor.engine.ops.OpBindings;
import migrationtutor.engine.ops.SqlAlchemyModules;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.runtime.MigrationContext;
import migrationtutor.engine.schema.PythonWarning;

/**
 * The engine's bindings for one command: one set of {@code sqlalchemy} modules, and one {@code
 * OpBindings} per migration context whose batch blocks are flushed by the move-and-copy
 * implementation.
 */
public final class OpsEngineBindings implements EngineBindings {
  private final SqlAlchemyModules sqlalchemy;
  private final Map<MigrationContext, OpBindings> runs = new IdentityHashMap<>();

  /**
   * @param warnings receives SQLAlchemy's warnings raised while scripts are read
   */
  public OpsEngineBindings(java.util.function.Consumer<PythonWarning> warnings) {
    this.sqlalchemy = SqlAlchemyModules.create(warnings);
  }

  @Override
  public Optional<PyValue> sqlalchemyModule(String name) {
    return sqlalchemy.names().contains(name)
        ? Optional.of(sqlalchemy.module(name))
        : Optional.empty();
  }

  @Override
  public PyValue operations(MigrationContext context) {
    return runs.computeIfAbsent(
            context,
            c ->
                new OpBindings(
                    c.impl(),
                    c.asSql(),
                    request ->
                        BatchOperationsImpl.flush(
                            request, c.impl(), c.sink(), Optional.ofNullable(c.session()), c::warn),
                    null,
                    c::warn))
        .op();
  }

  @Override
  public Optional<RuntimeException> engineError(PyException e) {
    for (OpBindings run : runs.values()) {
      Optional<RuntimeException> original = run.hostError(e);
      if (original.isPresent()) {
        return original;
      }
    }
    return Optional.empty();
  }
}
