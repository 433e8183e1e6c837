package migrationtutor.engine.revision;

import java.util.List;

/**
 * Runs one revision's {@code upgrade()} or {@code downgrade()} (Alembic's {@code RevisionStep}).
 *
 * @param revision the id of the revision whose script runs
 * @param isUpgrade true for {@code upgrade()}, false for {@code downgrade()}
 * @param fromRevisions see {@link MigrationStep#fromRevisions()}
 * @param toRevisions see {@link MigrationStep#toRevisions()}
 * @param versionChanges see {@link MigrationStep#versionChanges()}
 * @param headsBefore see {@link MigrationStep#headsBefore()}
 * @param headsAfter see {@link MigrationStep#headsAfter()}
 */
public record RevisionStep(
    String revision,
    boolean isUpgrade,
    List<String> fromRevisions,
    List<String> toRevisions,
    List<VersionChange> versionChanges,
    List<String> headsBefore,
    List<String> headsAfter)
    implements MigrationStep {

  public RevisionStep {
    fromRevisions = List.copyOf(fromRevisions);
    toRevisions = List.copyOf(toRevisions);
    versionChanges = List.copyOf(versionChanges);
    headsBefore = List.copyOf(headsBefore);
    headsAfter = List.copyOf(headsAfter);
  }

  @Override
  public String name() {
    return isUpgrade ? "upgrade" : "downgrade";
  }

  @Override
  public String description(String doc) {
    return doc == null || doc.isEmpty() ? shortLog() : shortLog() + ", " + doc;
  }
}
