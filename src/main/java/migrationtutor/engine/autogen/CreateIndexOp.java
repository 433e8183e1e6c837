package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.Table;

/**
 * {@code CreateIndexOp.from_index(index)}: {@code op.create_index(name, table, [...], unique=...)}.
 *
 * @param index the index
 * @param conventional whether a naming convention named it ({@code op.f(...)})
 * @param owner the table whose columns the index holds (the model's or the reflected one), for the
 *     index's repr in {@code alembic check}
 */
record CreateIndexOp(Index index, boolean conventional, Table owner) implements MigrateOperation {
  /** The index name as autogenerate renders it. */
  ObjectName name() {
    return new ObjectName(index.name(), conventional);
  }

  @Override
  public DropIndexOp reverse() {
    return new DropIndexOp(index, conventional, owner);
  }
}
