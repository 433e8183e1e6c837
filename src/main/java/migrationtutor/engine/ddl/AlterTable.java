package migrationtutor.engine.ddl;

/**
 * One of Alembic's {@code ALTER TABLE} DDL constructs ({@code alembic/ddl/base.py}), compiled by
 * {@link AlembicDdlCompiler}.
 */
public sealed interface AlterTable
    permits RenameTable,
        AddColumn,
        DropColumn,
        ColumnNullable,
        ColumnType,
        ColumnDefault,
        ColumnName {

  /** The table being altered. */
  String tableName();
}
