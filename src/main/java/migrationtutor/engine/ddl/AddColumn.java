package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.Column;

/**
 * {@code AddColumn}: {@code ALTER TABLE <t> ADD COLUMN <column definition>}.
 *
 * @param tableName the table
 * @param column the column, defined as SQLite's compiler defines it in {@code CREATE TABLE}
 */
public record AddColumn(String tableName, Column column) implements AlterTable {}
