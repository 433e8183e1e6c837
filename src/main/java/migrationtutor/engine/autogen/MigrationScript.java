package migrationtutor.engine.autogen;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations one autogenerate run produced ({@code MigrationScript}'s {@code upgrade_ops} and
 * {@code downgrade_ops}): the upgrade as compared, the downgrade as its reverse in reverse order
 * ({@code UpgradeOps.reverse_into}).
 */
public final class MigrationScript {
  private final List<MigrateOperation> upgradeOps;
  private final List<MigrateOperation> downgradeOps;

  MigrationScript(List<MigrateOperation> upgradeOps) {
    this.upgradeOps = List.copyOf(upgradeOps);
    List<MigrateOperation> down = new ArrayList<>();
    for (int i = upgradeOps.size() - 1; i >= 0; i--) {
      down.add(upgradeOps.get(i).reverse());
    }
    this.downgradeOps = List.copyOf(down);
  }

  List<MigrateOperation> upgradeOps() {
    return upgradeOps;
  }

  List<MigrateOperation> downgradeOps() {
    return downgradeOps;
  }

  /** Whether the models and the database agree (no upgrade operation). */
  public boolean isEmpty() {
    return upgradeOps.isEmpty();
  }

  /**
   * {@code upgrade_ops.as_diffs()} as Python prints the list: one tuple per operation (a list of
   * tuples for an altered column), as Alembic 1.9's {@code alembic check} reports them.
   */
  public String diffs() {
    return DiffTuples.asDiffs(upgradeOps);
  }
}
