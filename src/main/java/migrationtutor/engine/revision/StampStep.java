package migrationtutor.engine.revision;

import java.util.List;

/**
 * Rewrites the version table without running any migration (Alembic's {@code StampStep}).
 *
 * @param fromRevisions the current heads this stamp replaces (empty for a new branch)
 * @param toRevisions the revisions stamped (empty when stamping a branch back to base)
 * @param isUpgrade true when the destination lies above the replaced heads
 * @param branchMove true when a branch is created or deleted rather than moved
 * @param versionChanges see {@link MigrationStep#versionChanges()}
 * @param headsBefore see {@link MigrationStep#headsBefore()}
 * @param headsAfter see {@link MigrationStep#headsAfter()}
 */
public record StampStep(
    List<String> fromRevisions,
    List<String> toRevisions,
    boolean isUpgrade,
    boolean branchMove,
    List<VersionChange> versionChanges,
    List<String> headsBefore,
    List<String> headsAfter)
    implements MigrationStep {

  public StampStep {
    fromRevisions = List.copyOf(fromRevisions);
    toRevisions = List.copyOf(toRevisions);
    versionChanges = List.copyOf(versionChanges);
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
  }

  @Override
  public String name() {
    return "stamp_revision";
  }

  @Override
  public String description(String doc) {
    return shortLog(); // a stamp has no doc
  }
}
