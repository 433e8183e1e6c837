package migrationtutor.engine.schema;

/**
 * A column-level {@code sa.ForeignKey('type_demo.id', ondelete='CASCADE')}; attaching its column to
 * a table creates a one-column {@link ForeignKeyConstraint}.
 *
 * @param target the {@code 'table.column'} specification
 * @param name {@code name=}, or null
 * @param ondelete {@code ondelete=}, or null
 * @param onupdate {@code onupdate=}, or null
 * @param deferrable {@code deferrable=}, or null
 * @param initially {@code initially=}, or null
 * @param match {@code match=}, or null
 */
public record ForeignKey(
    String target,
    String name,
    String ondelete,
    String onupdate,
    Boolean deferrable,
    String initially,
    String match) {

  /** Checks that the target names one column of one table. */
  public ForeignKey {
    Names.require("a foreign key target", target);
    String[] parts = target.split("\\.", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new UnsupportedConstructException(
          "sa.ForeignKey(" + PythonRepr.strRepr(target) + ")",
          "name the referenced column as 'table.column', without a schema");
    }
  }

  /** {@code sa.ForeignKey(target)} or {@code sa.ForeignKey(target, ondelete=...)}. */
  public ForeignKey(String target, String ondelete) {
    this(target, null, ondelete, null, null, null, null);
  }

  /** The referenced table. */
  public String referredTable() {
    return target.substring(0, target.indexOf('.'));
  }

  /** The referenced column. */
  public String referredColumn() {
    return target.substring(target.indexOf('.') + 1);
  }

  /** The constraint SQLAlchemy creates for this key when its column joins a table. */
  public ForeignKeyConstraint toConstraint(String column) {
    return new ForeignKeyConstraint(
        java.util.List.of(column),
        referredTable(),
        java.util.List.of(referredColumn()),
        name,
        ondelete,
        onupdate,
        deferrable,
        initially,
        match);
  }
}
