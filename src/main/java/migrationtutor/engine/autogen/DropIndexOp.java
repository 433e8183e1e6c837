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

  // CreateIndexOp.from_index(self.to_index()): Alembic 1.8.1's to_index() does not pass
  // unique on, so a dropped unique index comes back as unique=False in the downgrade.
  @Override
  public CreateIndexOp reverse() {
    Index notUnique =
        new Index(index.name(), index.table(), index.elements(), false, index.sqliteWhere());
    return new CreateIndexOp(notUnique, conventional, owner);
  }
}
