package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.Index;

/**
 * {@code CreateIndexOp.from_index(index)}: {@code op.create_index(name, table, [...], unique=...)}.
 *
 * @param index the index
 * @param conventional whether a naming convention named it ({@code op.f(...)})
 */
record CreateIndexOp(Index index, boolean conventional) implements MigrateOperation {
  /** The index name as autogenerate renders it. */
  ObjectName name() {
    return new ObjectName(index.name(), conventional);
  }

  @Override
  public DropIndexOp reverse() {
    return new DropIndexOp(index, conventional);
  }
}
