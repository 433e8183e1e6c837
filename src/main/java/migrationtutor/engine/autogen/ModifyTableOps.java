package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ModifyTableOps}: the operations on one existing table, rendered together (in one {@code
 * with op.batch_alter_table(...)} block with {@code render_as_batch}).
 *
 * @param tableName the table
 * @param ops the operations in order
 */
record ModifyTableOps(String tableName, List<MigrateOperation> ops) implements MigrateOperation {
  ModifyTableOps {
    ops = List.copyOf(ops);
  }

  @Override
  public ModifyTableOps reverse() {
    List<MigrateOperation> reversed = new ArrayList<>();
    for (int i = ops.size() - 1; i >= 0; i--) {
      reversed.add(ops.get(i).reverse());
    }
    return new ModifyTableOps(tableName, reversed);
  }
}
