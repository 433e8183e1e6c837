package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.SqlType;

/**
 * {@code ColumnType}: {@code ALTER TABLE <t> ALTER COLUMN <c> TYPE <type>} (generic SQL that SQLite
 * cannot run).
 *
 * @param tableName the table
 * @param columnName the column
 * @param type the new type
 */
public record ColumnType(String tableName, String columnName, SqlType type) implements AlterTable {}
