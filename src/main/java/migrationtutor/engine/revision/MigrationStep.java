package migrationtutor.engine.revision;

import java.util.List;

/**
 * One step of an upgrade, downgrade or stamp, with the version-table changes it implies.
 *
 * <p>The runtime logs {@code "Running " + description(doc)}, in {@code --sql} mode writes {@code
 * "-- Running " + shortLog()}, runs the revision's {@code upgrade()} / {@code downgrade()} (nothing
 * for a stamp), then applies {@link #versionChanges()} in order. Offline, when {@link
 * #headsBefore()} is empty Alembic first emits {@code CREATE TABLE alembic_version}.
 */
public sealed interface MigrationStep permits RevisionStep, StampStep {

  /** {@code upgrade}, {@code downgrade} or {@code stamp_revision}. */
  String name();

  /** True when the step ascends the tree. */
  boolean isUpgrade();

  /** The revisions the step moves from, without dependencies ({@code from_revisions_no_deps}). */
  List<String> fromRevisions();

  /** The revisions the step moves to, without dependencies ({@code to_revisions_no_deps}). */
  List<String> toRevisions();

  /** The version-table changes to make once the step has run. */
  List<VersionChange> versionChanges();

  /** The current heads before the step. */
  List<String> headsBefore();

  /** The current heads after the step's version changes. */
  List<String> headsAfter();

  /**
   * Alembic's {@code short_log}, e.g. {@code upgrade -> 7ef08f4a0da7}, {@code upgrade a808b2f70386,
   * 78225fe84e20 -> f5b23b650d77}, {@code downgrade 7ef08f4a0da7 -> }.
   */
  default String shortLog() {
    return name()
        + " "
        + PythonText.formatAsComma(fromRevisions())
        + " -> "
        + PythonText.formatAsComma(toRevisions());
  }

  /**
   * Alembic's {@code str(step)} as logged after {@code Running }: the short log plus {@code ", " +
   * doc} when the revision has a non-empty doc (stamp steps never have one).
   *
   * @param doc the revision script's doc (first docstring paragraph), or null
   */
  String description(String doc);
}
