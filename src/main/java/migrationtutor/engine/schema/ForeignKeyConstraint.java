package migrationtutor.engine.schema;

import java.util.List;

/**
 * {@code sa.ForeignKeyConstraint(['parent_id'], ['type_demo.id'], ondelete='CASCADE')}, or the
 * constraint a column's {@code sa.ForeignKey(...)} creates.
 *
 * @param columns the local column names
 * @param referredTable the referenced table (the part before the dot of each {@code
 *     'table.column'})
 * @param referredColumns the referenced column names, one per local column
 * @param name the name, or null
 * @param ondelete {@code ondelete=}, or null
 * @param onupdate {@code onupdate=}, or null
 * @param deferrable {@code deferrable=}, or null
 * @param initially {@code initially=}, or null
 * @param match {@code match=}, or null
 */
public record ForeignKeyConstraint(
    List<String> columns,
    String referredTable,
    List<String> referredColumns,
    String name,
    String ondelete,
    String onupdate,
    Boolean deferrable,
    String initially,
    String match)
    implements Constraint {

  /** Copies the names and checks the column counts as SQLAlchemy's constructor does. */
  public ForeignKeyConstraint {
    columns = Names.requireAll("a foreign key column", columns);
    Names.require("the referenced table", referredTable);
    referredColumns = Names.requireAll("a referenced column", referredColumns);
    if (columns.size() != referredColumns.size()) {
      throw new PythonException(
          PythonException.ARGUMENT_ERROR,
          "ForeignKeyConstraint number of"
              + " constrained columns must match the number of referenced columns.");
    }
  }

  /** An unnamed foreign key with only an {@code ondelete=} rule (which may be null). */
  public ForeignKeyConstraint(
      List<String> columns, String referredTable, List<String> referredColumns, String ondelete) {
    this(columns, referredTable, referredColumns, null, ondelete, null, null, null, null);
  }
}
