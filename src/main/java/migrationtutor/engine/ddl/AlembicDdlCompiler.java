package migrationtutor.engine.ddl;

import java.util.List;
import java.util.stream.Collectors;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Table;

/**
 * Compiles Alembic's {@code ALTER TABLE} constructs as the {@code @compiles} functions of {@code
 * alembic/ddl/base.py} (and {@code visit_rename_table} of {@code alembic/ddl/sqlite.py}) do on
 * SQLite.
 */
public final class AlembicDdlCompiler {
  private AlembicDdlCompiler() {}

  /** The statement's SQL, e.g. {@code ALTER TABLE todos ADD COLUMN deleted_at DATETIME}. */
  public static String compile(AlterTable element) {
    String alter = "ALTER TABLE " + SqliteIdentifierPreparer.quote(element.tableName());
    if (element instanceof RenameTable r) {
      return alter + " RENAME TO " + SqliteIdentifierPreparer.quote(r.newTableName());
    } else if (element instanceof AddColumn a) {
      return alter + " " + addColumn(a.tableName(), a.column());
    } else if (element instanceof DropColumn d) {
      return alter + " DROP COLUMN " + SqliteIdentifierPreparer.quote(d.columnName());
    } else if (element instanceof ColumnNullable n) {
      return alter
          + " "
          + alterColumn(n.columnName())
          + (n.nullable() ? " DROP NOT NULL" : " SET NOT NULL");
    } else if (element instanceof ColumnType t) {
      return alter
          + " "
          + alterColumn(t.columnName())
          + " TYPE "
          + SqliteTypeCompiler.process(t.type());
    } else if (element instanceof ColumnDefault d) {
      return alter
          + " "
          + alterColumn(d.columnName())
          + (d.serverDefault() == null
              ? " DROP DEFAULT"
              : " SET DEFAULT " + SqliteDdlCompiler.columnDefault(d.serverDefault()));
    }
    ColumnName c = (ColumnName) element;
    return alter
        + " RENAME "
        + SqliteIdentifierPreparer.quote(c.columnName())
        + " TO "
        + SqliteIdentifierPreparer.quote(c.newName());
  }

  // base.add_column: SQLite's column specification (the column sits alone in the table that
  // Alembic's schema_obj.table() builds for it), then its column-level constraints.
  private static String addColumn(String tableName, Column column) {
    Table alone = new Table(tableName, List.of(column));
    String text = "ADD COLUMN " + SqliteDdlCompiler.columnSpecification(alone, column);
    String inline =
        column.constraints().stream()
            .map(ConstraintCompiler::check)
            .collect(Collectors.joining(" "));
    return inline.isEmpty() ? text : text + " " + inline;
  }

  private static String alterColumn(String columnName) {
    return "ALTER COLUMN " + SqliteIdentifierPreparer.quote(columnName);
  }
}
