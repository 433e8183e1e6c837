package migrationtutor.engine.reflect;

import java.util.List;

/**
 * One entry of {@code Inspector.get_foreign_keys()}: the keys {@code PRAGMA foreign_key_list}
 * reports, named and given their options where the table's SQL could be matched to them.
 *
 * @param name the constraint name, or null
 * @param constrainedColumns the local columns
 * @param referredTable the referenced table
 * @param referredColumns the referenced columns (the referenced table's primary key when the DDL
 *     named none)
 * @param ondelete {@code ON DELETE} rule (upper case, never {@code NO ACTION}), or null
 * @param onupdate {@code ON UPDATE} rule, or null
 * @param deferrable {@code DEFERRABLE} (true) / {@code NOT DEFERRABLE} (false), or null
 * @param initially {@code INITIALLY DEFERRED|IMMEDIATE}, or null
 */
public record ReflectedForeignKey(
    String name,
    List<String> constrainedColumns,
    String referredTable,
    List<String> referredColumns,
    String ondelete,
    String onupdate,
    Boolean deferrable,
    String initially) {

  /** Copies the column lists. */
  public ReflectedForeignKey {
    constrainedColumns = List.copyOf(constrainedColumns);
    referredColumns = List.copyOf(referredColumns);
  }
}
