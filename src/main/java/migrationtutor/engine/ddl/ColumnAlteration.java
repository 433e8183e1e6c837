package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.SqlType;

/**
 * The arguments of Alembic's {@code alter_column}. A null field means the keyword was not given;
 * {@code server_default} and {@code comment} can also be given as None, so each has a {@code
 * ...Given} flag ({@code serverDefaultGiven} with a null {@code serverDefault} is {@code
 * server_default=None}, i.e. {@code DROP DEFAULT}).
 *
 * @param tableName the table
 * @param columnName the column
 * @param nullable {@code nullable=}, or null
 * @param serverDefaultGiven whether {@code server_default=} was given
 * @param serverDefault the new default (null with {@code serverDefaultGiven}: None)
 * @param newName {@code new_column_name=}, or null
 * @param type {@code type_=}, or null
 * @param commentGiven whether {@code comment=} was given
 * @param comment the new comment (null with {@code commentGiven}: None)
 * @param autoincrement {@code autoincrement=}, or null
 * @param existingType {@code existing_type=}, or null
 * @param existingServerDefault {@code existing_server_default=}, or null
 * @param existingNullable {@code existing_nullable=}, or null
 * @param existingComment {@code existing_comment=}, or null
 * @param existingAutoincrement {@code existing_autoincrement=}, or null
 */
public record ColumnAlteration(
    String tableName,
    String columnName,
    Boolean nullable,
    boolean serverDefaultGiven,
    ServerDefault serverDefault,
    String newName,
    SqlType type,
    boolean commentGiven,
    String comment,
    Boolean autoincrement,
    SqlType existingType,
    ServerDefault existingServerDefault,
    Boolean existingNullable,
    String existingComment,
    Boolean existingAutoincrement) {

  /** Validates the names and the given/value pairs. */
  public ColumnAlteration {
    if (tableName == null || columnName == null) {
      throw new IllegalArgumentException("alter_column needs a table and a column name");
    }
    if (!serverDefaultGiven && serverDefault != null) {
      throw new IllegalArgumentException("a server default value needs serverDefaultGiven");
    }
    if (!commentGiven && comment != null) {
      throw new IllegalArgumentException("a comment value needs commentGiven");
    }
  }

  /** {@code alter_column(table, column)} with no keyword given. */
  public static ColumnAlteration of(String tableName, String columnName) {
    return new ColumnAlteration(
        tableName,
        columnName,
        null,
        false,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** With {@code nullable=}. */
  public ColumnAlteration withNullable(Boolean value) {
    return new ColumnAlteration(
        tableName,
        columnName,
        value,
        serverDefaultGiven,
        serverDefault,
        newName,
        type,
        commentGiven,
        comment,
        autoincrement,
        existingType,
        existingServerDefault,
        existingNullable,
        existingComment,
        existingAutoincrement);
  }

  /** With {@code server_default=} given (null: {@code server_default=None}). */
  public ColumnAlteration withServerDefault(ServerDefault value) {
    return new ColumnAlteration(
        tableName,
        columnName,
        nullable,
        true,
        value,
        newName,
        type,
        commentGiven,
        comment,
        autoincrement,
        existingType,
        existingServerDefault,
        existingNullable,
        existingComment,
        existingAutoincrement);
  }

  /** With {@code new_column_name=}. */
  public ColumnAlteration withNewName(String value) {
    return new ColumnAlteration(
        tableName,
        columnName,
        nullable,
        serverDefaultGiven,
        serverDefault,
        value,
        type,
        commentGiven,
        comment,
        autoincrement,
        existingType,
        existingServerDefault,
        existingNullable,
        existingComment,
        existingAutoincrement);
  }

  /** With {@code type_=}. */
  public ColumnAlteration withType(SqlType value) {
    return new ColumnAlteration(
        tableName,
        columnName,
        nullable,
        serverDefaultGiven,
        serverDefault,
        newName,
        value,
        commentGiven,
        comment,
        autoincrement,
        existingType,
        existingServerDefault,
        existingNullable,
        existingComment,
        existingAutoincrement);
  }

  /** With {@code comment=} given (null: {@code comment=None}). */
  public ColumnAlteration withComment(String value) {
    return new ColumnAlteration(
        tableName,
        columnName,
        nullable,
        serverDefaultGiven,
        serverDefault,
        newName,
        type,
        true,
        value,
        autoincrement,
        existingType,
        existingServerDefault,
        existingNullable,
        existingComment,
        existingAutoincrement);
  }

  /** With {@code autoincrement=} and {@code existing_autoincrement=}. */
  public ColumnAlteration withAutoincrement(Boolean value, Boolean existingValue) {
    return new ColumnAlteration(
        tableName,
        columnName,
        nullable,
        serverDefaultGiven,
        serverDefault,
        newName,
        type,
        commentGiven,
        comment,
        value,
        existingType,
        existingServerDefault,
        existingNullable,
        existingComment,
        existingValue);
  }

  /** With the {@code existing_*} arguments (each may be null). */
  public ColumnAlteration withExisting(
      SqlType existingTypeValue,
      ServerDefault existingServerDefaultValue,
      Boolean existingNullableValue,
      String existingCommentValue) {
    return new ColumnAlteration(
        tableName,
        columnName,
        nullable,
        serverDefaultGiven,
        serverDefault,
        newName,
        type,
        commentGiven,
        comment,
        autoincrement,
        existingTypeValue,
        existingServerDefaultValue,
        existingNullableValue,
        existingCommentValue,
        existingAutoincrement);
  }
}
