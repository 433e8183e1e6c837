package migrationtutor.engine.revision;

import java.util.List;

/**
 * The ordered steps of an upgrade, downgrade or stamp, with the heads before and after.
 *
 * <p>Offline ({@code --sql}), Alembic emits {@code CREATE TABLE alembic_version} before any step
 * whose {@link MigrationStep#headsBefore()} is empty, and {@code DROP TABLE alembic_version} at the
 * end when {@link #versionTableEmptyAtEnd()} (even when there are no steps, as for {@code stamp
 * base --sql}). With {@link #purge()}, every version row is deleted before the steps run.
 *
 * @param startingHeads the heads the plan starts from (empty after a purge)
 * @param steps the steps, in execution order
 * @param finalHeads the heads once every step has run
 * @param purge true when the version table is to be emptied first ({@code stamp --purge})
 * @param warnings warnings Alembic issues while planning (printed as UserWarnings)
 * @param bookkeepingFailure null, or the error Alembic hits while updating the version table after
 *     the last step in {@link #steps()} has run (that step's version changes are the ones made
 *     before the failure)
 */
public record MigrationPlan(
    List<String> startingHeads,
    List<MigrationStep> steps,
    List<String> finalHeads,
    boolean purge,
    List<String> warnings,
    InternalRevisionError bookkeepingFailure) {

  public MigrationPlan {
    startingHeads = List.copyOf(startingHeads);
    steps = List.copyOf(steps);
    finalHeads = List.copyOf(finalHeads);
    warnings = List.copyOf(warnings);
  }

  /** True when no version row is left at the end (offline: drop the version table). */
  public boolean versionTableEmptyAtEnd() {
    return finalHeads.isEmpty();
  }
}
