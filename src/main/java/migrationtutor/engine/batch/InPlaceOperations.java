package migrationtutor.engine.batch;

import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.ddl.SqliteImpl;

/**
 * The ALTER path of {@code BatchOperationsImpl.flush}: {@code getattr(operations.impl,
 * opname)(*arg, **kw)} for each recorded operation, i.e. the plain SQLite impl, so {@code
 * add_column} is {@code ALTER TABLE t ADD COLUMN ...} and an explicit constraint is refused.
 */
final class InPlaceOperations {
  private InPlaceOperations() {}

  static void apply(String tableName, BatchOp op, SqliteImpl impl) {
    if (op instanceof BatchOp.AddColumn a) {
      impl.addColumn(tableName, a.column());
    } else if (op instanceof BatchOp.DropColumn d) {
      impl.dropColumn(tableName, d.columnName());
    } else if (op instanceof BatchOp.AlterColumn a) {
      impl.alterColumn(onTable(tableName, a.alteration()));
    } else if (op instanceof BatchOp.AddConstraint c) {
      impl.addConstraint(c.constraint());
    } else if (op instanceof BatchOp.DropConstraint d) {
      impl.dropConstraint(BatchOperationsImpl.genericConstraint(d.name()));
    } else if (op instanceof BatchOp.CreateIndex c) {
      impl.createIndex(c.index());
    } else if (op instanceof BatchOp.DropIndex d) {
      impl.dropIndex(d.name());
    } else if (op instanceof BatchOp.CreateTableComment c) {
      impl.createTableComment(tableName, c.comment());
    } else if (op instanceof BatchOp.DropTableComment) {
      impl.dropTableComment(tableName);
    }
  }

  // batch_op.alter_column always targets the batch's table.
  private static ColumnAlteration onTable(String tableName, ColumnAlteration a) {
    if (a.tableName().equals(tableName)) {
      return a;
    }
    return new ColumnAlteration(
        tableName,
        a.columnName(),
        a.nullable(),
        a.serverDefaultGiven(),
        a.serverDefault(),
        a.newName(),
        a.type(),
        a.commentGiven(),
        a.comment(),
        a.autoincrement(),
        a.existingType(),
        a.existingServerDefault(),
        a.existingNullable(),
        a.existingComment(),
        a.existingAutoincrement());
  }
}
