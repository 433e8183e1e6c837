package migrationtutor.engine.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Plans {@code upgrade}, {@code downgrade} and {@code stamp}: Alembic's {@code
 * ScriptDirectory._upgrade_revs}, {@code _downgrade_revs} and {@code _stamp_revs}, with each step's
 * version-table changes worked out by {@link HeadMaintainer}.
 *
 * <p>Current heads are the version table's rows in the order read (empty at base). Revision errors
 * come out as {@link RevisionCommandException} with Alembic's {@code FAILED:} text; {@link
 * InternalRevisionError} marks the cases where Alembic itself dies with a traceback.
 */
public final class MigrationPlanner {
  private final RevisionMap map;

  public MigrationPlanner(RevisionMap map) {
    this.map = map;
  }

  /** {@code _upgrade_revs(destination, heads)}: e.g. {@code head}, {@code heads}, {@code +1}. */
  public MigrationPlan upgrade(List<String> currentHeads, String destination) {
    List<String> warnings = new ArrayList<>();
    List<RevisionNode> revisions =
        translated(
            RevisionErrorContext.upgrade(destination),
            () ->
                map.collector()
                    .iterateRevisions(
                        RevisionArgument.of(destination),
                        RevisionArgument.of(currentHeads),
                        true,
                        false,
                        true,
                        false,
                        warnings::add));
    List<RevisionNode> oldestFirst = new ArrayList<>(revisions);
    Collections.reverse(oldestFirst);
    return runRevisionSteps(currentHeads, oldestFirst, true, warnings);
  }

  /** {@code _downgrade_revs(destination, heads)}: e.g. {@code base}, {@code -1}, an id. */
  public MigrationPlan downgrade(List<String> currentHeads, String destination) {
    List<String> warnings = new ArrayList<>();
    List<RevisionNode> revisions =
        translated(
            RevisionErrorContext.downgrade(destination),
            () ->
                map.collector()
                    .iterateRevisions(
                        RevisionArgument.of(currentHeads),
                        RevisionArgument.of(destination),
                        false,
                        false,
                        true,
                        true,
                        warnings::add));
    return runRevisionSteps(currentHeads, revisions, false, warnings);
  }

  /**
   * {@code stamp}: {@code _stamp_revs(destinations, heads)}; with {@code purge} the current rows
   * are ignored and deleted first. Alembic refuses {@code --purge} with {@code --sql} ("Can't use
   * --purge with --sql mode"); that check is the command layer's.
   */
  public MigrationPlan stamp(List<String> currentHeads, List<String> destinations, boolean purge) {
    List<String> heads = purge ? List.of() : currentHeads;
    List<StampStepRules> stamps =
        translated(
            RevisionErrorContext.stamp(),
            () -> new StampPlanner(map).stampRules(destinations, heads));
    HeadMaintainer maintainer = new HeadMaintainer(heads);
    List<MigrationStep> steps = new ArrayList<>();
    for (StampStepRules rules : stamps) {
      List<String> before = maintainer.heads();
      try {
        List<VersionChange> changes = maintainer.updateToStep(rules);
        steps.add(rules.toStep(changes, before, maintainer.heads()));
      } catch (InternalRevisionError failure) {
        steps.add(rules.toStep(maintainer.changesSoFar(), before, maintainer.heads()));
        return new MigrationPlan(heads, steps, maintainer.heads(), purge, List.of(), failure);
      }
    }
    return new MigrationPlan(heads, steps, maintainer.heads(), purge, List.of(), null);
  }

  /**
   * The heads an offline ({@code --sql}) run starts from, given the {@code from} part of {@code
   * from:to}: none for {@code base}, else each resolved to a full id ({@code
   * MigrationContext.get_current_heads} with {@code starting_rev}).
   */
  public List<String> offlineStartingHeads(String startingRev) {
    if (startingRev == null || "base".equals(startingRev)) {
      return List.of();
    }
    RevisionNode start =
        translated(RevisionErrorContext.defaults(), () -> map.resolver().getRevision(startingRev));
    if (start == null) {
      throw new InternalRevisionError(
          "AttributeError: 'NoneType' object has no attribute 'revision'");
    }
    return List.of(start.id());
  }

  private MigrationPlan runRevisionSteps(
      List<String> currentHeads,
      List<RevisionNode> revisions,
      boolean upgrade,
      List<String> warnings) {
    HeadMaintainer maintainer = new HeadMaintainer(currentHeads);
    List<MigrationStep> steps = new ArrayList<>();
    for (RevisionNode revision : revisions) {
      RevisionStepRules rules =
          new RevisionStepRules(revision, upgrade, map.graph(), map.resolver());
      List<String> before = maintainer.heads();
      List<String> from = upgrade ? revision.downRevisions() : List.of(revision.id());
      List<String> to = upgrade ? List.of(revision.id()) : revision.downRevisions();
      try {
        List<VersionChange> changes = maintainer.updateToStep(rules);
        steps.add(
            new RevisionStep(
                revision.id(), upgrade, from, to, changes, before, maintainer.heads()));
      } catch (InternalRevisionError failure) {
        steps.add(
            new RevisionStep(
                revision.id(),
                upgrade,
                from,
                to,
                maintainer.changesSoFar(),
                before,
                maintainer.heads()));
        return new MigrationPlan(currentHeads, steps, maintainer.heads(), false, warnings, failure);
      }
    }
    return new MigrationPlan(currentHeads, steps, maintainer.heads(), false, warnings, null);
  }

  static <T> T translated(RevisionErrorContext context, Supplier<T> work) {
    try {
      return work.get();
    } catch (RevisionException error) {
      throw context.translate(error);
    }
  }
}
