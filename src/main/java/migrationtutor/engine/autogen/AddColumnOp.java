package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.Column;

/**
 * {@code op.add_column(table, column)}.
 *
 * @param tableName the table
 * @param column the column, from the models or reflected
 */
record AddColumnOp(String tableName, Column column) implements MigrateOperation {
  @Override
  public DropColumnOp reverse() {
    return new DropColumnOp(tableName, column);
  }
}
