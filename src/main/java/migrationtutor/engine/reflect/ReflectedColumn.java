package migrationtutor.engine.reflect;

import migrationtutor.engine.schema.SqlType;

/**
 * One entry of SQLAlchemy 1.4's {@code Inspector.get_columns()} for SQLite.
 *
 * @param name the column name as stored
 * @param type the type {@code _resolve_type_affinity} gives the declared type
 * @param nullable {@code not notnull}
 * @param defaultText {@code dflt_value} as SQLite stores it (e.g. {@code 0}, {@code 'active'},
 *     {@code CURRENT_TIMESTAMP}), or null
 * @param primaryKey the column's position in the primary key (1-based), 0 when not part of it
 */
public record ReflectedColumn(
    String name, SqlType type, boolean nullable, String defaultText, int primaryKey) {

  /** This column with another default text, as a {@code column_reflect} listener may set it. */
  public ReflectedColumn withDefaultText(String text) {
    return new ReflectedColumn(name, type, nullable, text, primaryKey);
  }
}
