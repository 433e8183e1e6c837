package migrationtutor.engine.autogen;

import migrationtutor.engine.schema.SqlType;

/**
 * {@code AlterColumnOp}: {@code op.alter_column(table, column, ...)} with what changes and what the
 * column was, as the column comparators fill it in.
 *
 * @param tableName the table
 * @param columnName the column
 * @param existingType the reflected type ({@code existing_type}), or null
 * @param existingServerDefault {@code existing_server_default}
 * @param existingNullable {@code existing_nullable}, or null
 * @param modifyNullable the new nullability, or null when it does not change
 * @param modifyServerDefault the new server default, or not given when it does not change
 * @param modifyType the new type, or null when it does not change
 * @param autoincrement the {@code autoincrement} keyword {@code _setup_autoincrement} adds, or null
 */
record AlterColumnOp(
    String tableName,
    String columnName,
    SqlType existingType,
    DefaultSetting existingServerDefault,
    Boolean existingNullable,
    Boolean modifyNullable,
    DefaultSetting modifyServerDefault,
    SqlType modifyType,
    Boolean autoincrement)
    implements MigrateOperation {

  /** {@code AlterColumnOp(table, column)} before any comparator ran. */
  static AlterColumnOp of(String tableName, String columnName) {
    return new AlterColumnOp(
        tableName,
        columnName,
        null,
        DefaultSetting.NOT_GIVEN,
        null,
        null,
        DefaultSetting.NOT_GIVEN,
        null,
        null);
  }

  /** {@code has_changes()}: nullability, server default or type changes. */
  boolean hasChanges() {
    return modifyNullable != null || modifyServerDefault.given() || modifyType != null;
  }

  AlterColumnOp withExistingType(SqlType type) {
    return new AlterColumnOp(
        tableName,
        columnName,
        type,
        existingServerDefault,
        existingNullable,
        modifyNullable,
        modifyServerDefault,
        modifyType,
        autoincrement);
  }

  AlterColumnOp withExistingNullable(Boolean value) {
    return new AlterColumnOp(
        tableName,
        columnName,
        existingType,
        existingServerDefault,
        value,
        modifyNullable,
        modifyServerDefault,
        modifyType,
        autoincrement);
  }

  AlterColumnOp withModifyNullable(Boolean value) {
    return new AlterColumnOp(
        tableName,
        columnName,
        existingType,
        existingServerDefault,
        existingNullable,
        value,
        modifyServerDefault,
        modifyType,
        autoincrement);
  }

  AlterColumnOp withAutoincrement(Boolean value) {
    return new AlterColumnOp(
        tableName,
        columnName,
        existingType,
        existingServerDefault,
        existingNullable,
        modifyNullable,
        modifyServerDefault,
        modifyType,
        value);
  }

  AlterColumnOp withModifyType(SqlType type) {
    return new AlterColumnOp(
        tableName,
        columnName,
        existingType,
        existingServerDefault,
        existingNullable,
        modifyNullable,
        modifyServerDefault,
        type,
        autoincrement);
  }

  AlterColumnOp withServerDefaults(DefaultSetting existing, DefaultSetting modify) {
    return new AlterColumnOp(
        tableName,
        columnName,
        existingType,
        existing,
        existingNullable,
        modifyNullable,
        modify,
        modifyType,
        autoincrement);
  }

  /** {@code reverse()}: every {@code existing_x} with a {@code modify_x} swaps with it. */
  @Override
  public AlterColumnOp reverse() {
    boolean type = modifyType != null;
    boolean nullable = modifyNullable != null;
    boolean serverDefault = modifyServerDefault.given();
    return new AlterColumnOp(
        tableName,
        columnName,
        type ? modifyType : existingType,
        serverDefault ? modifyServerDefault : existingServerDefault,
        nullable ? modifyNullable : existingNullable,
        nullable ? existingNullable : null,
        serverDefault ? existingServerDefault : DefaultSetting.NOT_GIVEN,
        type ? existingType : null,
        autoincrement);
  }
}
