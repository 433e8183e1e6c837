package migrationtutor.engine.autogen;

/**
 * {@code DropTableOp.from_table(table)}: {@code op.drop_table(name)}, keeping the table it drops so
 * that the downgrade can create it again.
 *
 * @param reverse the {@code op.create_table} of the table dropped
 */
record DropTableOp(CreateTableOp reverse) implements MigrateOperation {
  /** The table name. */
  String tableName() {
    return reverse.table().name();
  }

  @Override
  public CreateTableOp reverse() {
    return new CreateTableOp(reverse.table(), reverse.conventionalNames());
  }
}
