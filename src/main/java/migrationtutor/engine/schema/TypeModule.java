package migrationtutor.engine.schema;

/** The Python module a type class comes from, which decides how autogenerate spells it. */
public enum TypeModule {
  /** {@code sqlalchemy.types}: rendered with the {@code sa.} prefix. */
  SQLALCHEMY,
  /**
   * {@code sqlalchemy.dialects.sqlite}: rendered as {@code sqlite.JSON()} and needs {@code from
   * sqlalchemy.dialects import sqlite}.
   */
  SQLITE
}
