package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.ServerDefault;

/**
 * {@code ColumnDefault}: {@code ALTER TABLE <t> ALTER COLUMN <c> SET DEFAULT <default>}, or {@code
 * DROP DEFAULT} for None (generic SQL that SQLite cannot run).
 *
 * @param tableName the table
 * @param columnName the column
 * @param serverDefault the new default, or null for {@code DROP DEFAULT}
 */
public record ColumnDefault(String tableName, String columnName, ServerDefault serverDefault)
    implements AlterTable {}
