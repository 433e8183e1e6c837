package migrationtutor.engine.ddl;

/**
 * {@code ColumnName}: {@code ALTER TABLE <t> RENAME <c> TO <new>}.
 *
 * @param tableName the table
 * @param columnName the current column name
 * @param newName the new column name
 */
public record ColumnName(String tableName, String columnName, String newName)
    implements AlterTable {}
