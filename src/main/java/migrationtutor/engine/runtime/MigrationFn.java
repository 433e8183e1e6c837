package migrationtutor.engine.runtime;

import java.util.List;
import migrationtutor.engine.revision.MigrationPlan;

/**
 * The work a command hands to {@code run_migrations}: given the current heads, return the plan to
 * run (upgrade, downgrade, stamp) or do its own work and return null (current, history).
 */
@FunctionalInterface
public interface MigrationFn {
  MigrationPlan apply(List<String> heads, MigrationContext context);
}
