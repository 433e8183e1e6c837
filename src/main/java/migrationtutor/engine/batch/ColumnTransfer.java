package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.ddl.SqliteIdentifierPreparer;
import migrationtutor.engine.ddl.SqliteTypeCompiler;
import migrationtutor.engine.schema.SqlType;

/**
 * One entry of {@code ApplyBatchImpl.column_transfers}: where a column of the new table gets its
 * data, i.e. the {@code "expr"} of the old table's column, wrapped in a {@code CAST} for each type
 * change {@code SQLiteImpl.cast_for_batch_migrate} casts; a column added in the batch has none.
 */
final class ColumnTransfer {
  private final String sourceColumn;
  private final List<SqlType> casts = new ArrayList<>();

  private ColumnTransfer(String sourceColumn) {
    this.sourceColumn = sourceColumn;
  }

  /** {@code {"expr": c}} for a column of the old table. */
  static ColumnTransfer from(String sourceColumn) {
    return new ColumnTransfer(sourceColumn);
  }

  /** {@code {}} for a column added in the batch. */
  static ColumnTransfer none() {
    return new ColumnTransfer(null);
  }

  boolean hasExpr() {
    return sourceColumn != null;
  }

  void cast(SqlType type) {
    if (hasExpr()) {
      casts.add(type);
    }
  }

  /**
   * The select-list entry: {@code todos.title}, or {@code CAST(todos.title AS VARCHAR(100)) AS
   * title}, labelled with the old column's name as SQLAlchemy labels a {@code Cast}.
   */
  String selectEntry(String tableName) {
    String expr =
        SqliteIdentifierPreparer.quote(tableName)
            + "."
            + SqliteIdentifierPreparer.quote(sourceColumn);
    for (SqlType t : casts) {
      expr = "CAST(" + expr + " AS " + SqliteTypeCompiler.process(t) + ")";
    }
    return casts.isEmpty() ? expr : expr + " AS " + SqliteIdentifierPreparer.quote(sourceColumn);
  }
}
