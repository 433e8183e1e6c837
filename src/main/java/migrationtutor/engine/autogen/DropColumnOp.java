package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.Column;

/**
 * {@code DropColumnOp.from_column_and_tablename}: {@code op.drop_column(table, name)}, keeping the
 * column so that the downgrade can add it back.
 *
 * @param tableName the table
 * @param column the column dropped
 */
record DropColumnOp(String tableName, Column column) implements MigrateOperation {
  @Override
  public AddColumnOp reverse() {
    return new AddColumnOp(tableName, column);
  }
}
