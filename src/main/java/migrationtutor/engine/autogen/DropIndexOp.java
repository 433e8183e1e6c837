package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.Table;

/**
 * {@code DropIndexOp.from_index(index)}: {@code op.drop_index(name, table_name=...)}, keeping the
 * index so that the downgrade can create it again.
 *
 * @param index the index dropped
 * @param conventional whether a naming convention named it
 * @param owner the table whose columns the index holds, for its repr
 */
record DropIndexOp(Index index, boolean conventional, Table owner) implements MigrateOperation {
  /** The index name as autogenerate renders it. */
  ObjectName name() {
    return new ObjectName(index.name(), conventional);
  }

  @Override
  public CreateIndexOp reverse() {
    return new CreateIndexOp(index, conventional, owner);
  }
}
