package migrationtutor.engine.ddl;

/**
 * {@code DropColumn}: {@code ALTER TABLE <t> DROP COLUMN <c>}.
 *
 * @param tableName the table
 * @param columnName the column
 */
public record DropColumn(String tableName, String columnName) implements AlterTable {}
