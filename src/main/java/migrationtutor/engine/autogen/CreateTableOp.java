package migrationtutor.engine.autogen;

import java.util.Set;
import migrationtutor.engine.schema.Table;

/**
 * {@code CreateTableOp.from_table(table)}: {@code op.create_table(...)} with the table's columns
 * and constraints (its indexes are separate operations).
 *
 * @param table the table, from the models or reflected from the database
 * @param conventionalNames the names of its constraints that a naming convention produced
 */
record CreateTableOp(Table table, Set<String> conventionalNames) implements MigrateOperation {
  CreateTableOp {
    conventionalNames = Set.copyOf(conventionalNames);
  }

  /** The name of a constraint of this table, marked conventional as it was made. */
  ObjectName name(String constraintName) {
    return new ObjectName(
        constraintName, constraintName != null && conventionalNames.contains(constraintName));
  }

  @Override
  public DropTableOp reverse() {
    return new DropTableOp(this);
  }
}
