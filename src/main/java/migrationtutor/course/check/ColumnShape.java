package migrationtutor.course.check;

/**
 * A column as the checks compare it.
 *
 * @param name its name
 * @param type its declared type, normalized ({@code VARCHAR(255)}; empty when none)
 * @param notNull whether it is NOT NULL
 * @param defaultValue its default as SQLite keeps it (normalized), or null
 */
record ColumnShape(String name, String type, boolean notNull, String defaultValue) {
  /** {@code DATETIME NULL}, {@code BOOLEAN NOT NULL DEFAULT 0}: how a message shows the column. */
  String spec() {
    return (type.isEmpty() ? "(no type)" : type)
        + (notNull ? " NOT NULL" : " NULL")
        + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
  }

  /** The same column, up to case, quoting and blanks. */
  boolean sameAs(ColumnShape o) {
    return Sql.sameType(type, o.type())
        && notNull == o.notNull()
        && java.util.Objects.equals(
            defaultValue == null ? null : Sql.key(defaultValue),
            o.defaultValue() == null ? null : Sql.key(o.defaultValue()));
  }
}
