package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.Column;

/**
 * One operation recorded inside {@code batch_alter_table}, as Alembic's {@code
 * BatchOperationsImpl.batch} holds it, for {@link SqliteImpl#requiresRecreateInBatch}.
 *
 * @param name the impl method name: {@code add_column}, {@code drop_column}, {@code alter_column},
 *     {@code create_index}, {@code drop_index}, {@code add_constraint}, ...
 * @param column the added column for {@code add_column}, else null
 */
public record BatchOperation(String name, Column column) {
  /** Checks that an {@code add_column} carries its column. */
  public BatchOperation {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a batch operation needs its name");
    }
    if (name.equals("add_column") && column == null) {
      throw new IllegalArgumentException("add_column needs the added column");
    }
  }

  /** {@code batch_op.add_column(column)}. */
  public static BatchOperation addColumn(Column column) {
    return new BatchOperation("add_column", column);
  }

  /** Any other batch operation, by its impl method name. */
  public static BatchOperation named(String name) {
    return new BatchOperation(name, null);
  }
}
