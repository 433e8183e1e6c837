package migrationtutor.engine.ddl;

/**
 * {@code ColumnNullable}: {@code ALTER TABLE <t> ALTER COLUMN <c> DROP NOT NULL} / {@code SET NOT
 * NULL} (generic SQL that SQLite cannot run).
 *
 * @param tableName the table
 * @param columnName the column
 * @param nullable the new nullability
 */
public record ColumnNullable(String tableName, String columnName, boolean nullable)
    implements AlterTable {}
