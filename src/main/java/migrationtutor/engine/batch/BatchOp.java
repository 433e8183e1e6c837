package migrationtutor.engine.batch;

import migrationtutor.engine.ddl.BatchOperation;
import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.Index;

/**
 * One operation recorded inside a {@code with op.batch_alter_table(...) as batch_op:} block, as
 * Alembic's {@code BatchOperationsImpl} records it before the block ends.
 */
public sealed interface BatchOp {
  /** {@code batch_op.add_column(column, insert_before=None, insert_after=None)}. */
  record AddColumn(Column column, String insertBefore, String insertAfter) implements BatchOp {}

  /** {@code batch_op.drop_column(column_name)}. */
  record DropColumn(String columnName) implements BatchOp {}

  /** {@code batch_op.alter_column(...)}, with the requested changes and existing_* facts. */
  record AlterColumn(ColumnAlteration alteration, String insertBefore, String insertAfter)
      implements BatchOp {}

  /**
   * {@code create_unique_constraint}, {@code create_foreign_key}, {@code create_check_constraint},
   * {@code create_primary_key}.
   */
  record AddConstraint(Constraint constraint) implements BatchOp {}

  /** {@code batch_op.drop_constraint(name, type_=None)}. */
  record DropConstraint(String name, String type) implements BatchOp {}

  /** {@code batch_op.create_index(...)}. */
  record CreateIndex(Index index) implements BatchOp {}

  /** {@code batch_op.drop_index(name)}. */
  record DropIndex(String name) implements BatchOp {}

  /** {@code batch_op.create_table_comment(comment, existing_comment=None)}. */
  record CreateTableComment(String comment, String existingComment) implements BatchOp {}

  /** {@code batch_op.drop_table_comment(existing_comment=None)}. */
  record DropTableComment(String existingComment) implements BatchOp {}

  /** The form {@code SQLiteImpl.requires_recreate_in_batch} inspects. */
  default BatchOperation asImplOperation() {
    if (this instanceof AddColumn a) {
      return BatchOperation.addColumn(a.column());
    }
    String name;
    if (this instanceof DropColumn) {
      name = "drop_column";
    } else if (this instanceof AlterColumn) {
      name = "alter_column";
    } else if (this instanceof AddConstraint) {
      name = "add_constraint";
    } else if (this instanceof DropConstraint) {
      name = "drop_constraint";
    } else if (this instanceof CreateIndex) {
      name = "create_index";
    } else if (this instanceof DropIndex) {
      name = "drop_index";
    } else if (this instanceof CreateTableComment) {
      name = "create_table_comment";
    } else {
      name = "drop_table_comment";
    }
    return BatchOperation.named(name);
  }
}
