package migrationtutor.engine.ddl;

/**
 * {@code RenameTable}: {@code ALTER TABLE <old> RENAME TO <new>}.
 *
 * @param tableName the current name
 * @param newTableName the new name
 */
public record RenameTable(String tableName, String newTableName) implements AlterTable {}
