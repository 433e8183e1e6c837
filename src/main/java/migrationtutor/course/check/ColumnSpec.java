package migrationtutor.course.check;

/**
 * What a {@code column} check asks of a column: its declared type and whether it may be NULL, each
 * optional.
 *
 * @param type the declared type ({@code DATETIME}, {@code VARCHAR(255)}), or null for any
 * @param nullable whether NULL is allowed, or null for either
 */
public record ColumnSpec(String type, Boolean nullable) {
  /** Whether the check is about the column's existence only. */
  boolean isAny() {
    return type == null && nullable == null;
  }

  /** Whether {@code c} is as asked. */
  boolean matches(ColumnShape c) {
    return (type == null || Sql.sameType(type, c.type()))
        && (nullable == null || nullable == !c.notNull());
  }

  @Override
  public String toString() {
    String t = type == null ? "" : Sql.displayType(type);
    String n = nullable == null ? "" : nullable ? "NULL" : "NOT NULL";
    return (t + " " + n).strip();
  }
}
