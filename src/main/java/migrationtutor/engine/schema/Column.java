package migrationtutor.engine.schema;

import java.util.List;

/**
 * {@code sa.Column(name, type, ...)}. The flags that create constraints or indexes ({@code unique},
 * {@code index}, foreign keys, a type with {@code create_constraint=True}) take effect when the
 * column joins a table through {@link Table#assemble}.
 *
 * @param name the column name
 * @param type the type ({@link NullType} when none was given)
 * @param nullable {@code nullable=} as given, or null when not given (see {@link #isNullable()})
 * @param primaryKey {@code primary_key=}
 * @param serverDefault {@code server_default=}, or null
 * @param unique {@code unique=}
 * @param index {@code index=}
 * @param comment {@code comment=}, or null (SQLite has no comments; kept for autogenerate)
 * @param foreignKeys the positional {@code sa.ForeignKey(...)} arguments
 * @param constraints positional column-level {@code sa.CheckConstraint(...)} arguments, rendered
 *     inline after the column definition
 * @param autoincrement {@code autoincrement=}
 * @param hasDefault whether a Python-side {@code default=} was given (no DDL)
 * @param hasOnupdate whether a Python-side {@code onupdate=} was given (no DDL)
 */
public record Column(
    String name,
    SqlType type,
    Boolean nullable,
    boolean primaryKey,
    ServerDefault serverDefault,
    boolean unique,
    boolean index,
    String comment,
    List<ForeignKey> foreignKeys,
    List<CheckConstraint> constraints,
    Autoincrement autoincrement,
    boolean hasDefault,
    boolean hasOnupdate)
    implements TableElement {

  /** Validates as SQLAlchemy does when the column joins a table, and copies the lists. */
  public Column {
    if (name == null || name.isEmpty()) {
      throw new PythonException(
          PythonException.ARGUMENT_ERROR,
          "Column must be constructed with"
              + " a non-blank name or assign a non-blank .name before adding to a Table.");
    }
    if (type == null) {
      throw new IllegalArgumentException("column " + name + " needs a type (NullType for none)");
    }
    foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
    constraints = constraints == null ? List.of() : List.copyOf(constraints);
    autoincrement = autoincrement == null ? Autoincrement.AUTO : autoincrement;
  }

  /** {@code sa.Column(name, type)} with every other argument at its default. */
  public Column(String name, SqlType type) {
    this(
        name,
        type,
        null,
        false,
        null,
        false,
        false,
        null,
        List.of(),
        List.of(),
        Autoincrement.AUTO,
        false,
        false);
  }

  /** {@code sa.Column(name, type, nullable=nullable)}. */
  public Column(String name, SqlType type, boolean nullable) {
    this(
        name,
        type,
        nullable,
        false,
        null,
        false,
        false,
        null,
        List.of(),
        List.of(),
        Autoincrement.AUTO,
        false,
        false);
  }

  /**
   * SQLAlchemy's effective nullability: {@code nullable=} if given, else {@code not primary_key}.
   */
  public boolean isNullable() {
    return nullable != null ? nullable : !primaryKey;
  }

  /** This column with {@code nullable=} set (null: not given). */
  public Column withNullable(Boolean value) {
    return new Column(
        name,
        type,
        value,
        primaryKey,
        serverDefault,
        unique,
        index,
        comment,
        foreignKeys,
        constraints,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with {@code primary_key=} set. */
  public Column withPrimaryKey(boolean value) {
    return new Column(
        name,
        type,
        nullable,
        value,
        serverDefault,
        unique,
        index,
        comment,
        foreignKeys,
        constraints,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with {@code server_default=} set (null: none). */
  public Column withServerDefault(ServerDefault value) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        value,
        unique,
        index,
        comment,
        foreignKeys,
        constraints,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with {@code unique=} set. */
  public Column withUnique(boolean value) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        serverDefault,
        value,
        index,
        comment,
        foreignKeys,
        constraints,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with {@code index=} set. */
  public Column withIndex(boolean value) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        serverDefault,
        unique,
        value,
        comment,
        foreignKeys,
        constraints,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with {@code comment=} set. */
  public Column withComment(String value) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        serverDefault,
        unique,
        index,
        value,
        foreignKeys,
        constraints,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with the given positional {@code sa.ForeignKey(...)} arguments. */
  public Column withForeignKeys(List<ForeignKey> value) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        serverDefault,
        unique,
        index,
        comment,
        value,
        constraints,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with the given positional column-level {@code sa.CheckConstraint(...)}s. */
  public Column withConstraints(List<CheckConstraint> value) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        serverDefault,
        unique,
        index,
        comment,
        foreignKeys,
        value,
        autoincrement,
        hasDefault,
        hasOnupdate);
  }

  /** This column with {@code autoincrement=} set. */
  public Column withAutoincrement(Autoincrement value) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        serverDefault,
        unique,
        index,
        comment,
        foreignKeys,
        constraints,
        value,
        hasDefault,
        hasOnupdate);
  }

  /** This column with the Python-side {@code default=} / {@code onupdate=} flags set. */
  public Column withPythonDefaults(boolean defaultGiven, boolean onupdateGiven) {
    return new Column(
        name,
        type,
        nullable,
        primaryKey,
        serverDefault,
        unique,
        index,
        comment,
        foreignKeys,
        constraints,
        autoincrement,
        defaultGiven,
        onupdateGiven);
  }
}
