package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks on what a revision's {@code upgrade()} and {@code downgrade()} do, read from a {@link
 * MigrationTrial} on a scratch copy.
 */
final class MigrationChecks {
  private static final String VERSION_TABLE = "alembic_version";

  private MigrationChecks() {}

  static CheckResult upgrade(Check.UpgradeGives c, Probe p) {
    MigrationTrial t = p.trial(c.message());
    Optional<String> broken = broken(t, false);
    if (broken.isPresent()) {
      return CheckResult.fail(c, broken.get());
    }
    return against(
        c, p.schema(c.schema()), t.upgraded.snapshot(), "after upgrade() of \"" + t.name + "\": ");
  }

  static CheckResult downgrade(Check.DowngradeGives c, Probe p) {
    MigrationTrial t = p.trial(c.message());
    Optional<String> broken = broken(t, true);
    if (broken.isPresent()) {
      return CheckResult.fail(c, broken.get());
    }
    return against(
        c,
        p.schema(c.schema()),
        t.downgraded.snapshot(),
        "after downgrade() of \"" + t.name + "\": ");
  }

  static CheckResult roundTrip(Check.RoundTrip c, Probe p) {
    MigrationTrial t = p.trial(c.message());
    Optional<String> broken = broken(t, true);
    if (broken.isPresent()) {
      return CheckResult.fail(c, broken.get());
    }
    List<String> out = new ArrayList<>();
    rowsLost(
        t.before.snapshot(), t.upgraded.snapshot(), "after upgrade() of \"" + t.name + "\": ", out);
    String down = "after downgrade() of \"" + t.name + "\": ";
    same(t.before.snapshot(), t.downgraded.snapshot(), down, out);
    rowsLost(t.before.snapshot(), t.downgraded.snapshot(), down, out);
    if (!out.isEmpty()) {
      // What downgrade() left behind explains a failing second upgrade, so it is said first.
      return CheckResult.fail(c, DatabaseChecks.join(out));
    }
    if (t.reupgraded.error() != null) {
      return CheckResult.fail(
          c, "upgrade() of \"" + t.name + "\" fails after downgrade(): " + t.reupgraded.error());
    }
    same(
        t.upgraded.snapshot(),
        t.reupgraded.snapshot(),
        "upgrade() of \"" + t.name + "\" again, after downgrade(): ",
        out);
    return out.isEmpty() ? CheckResult.pass(c) : CheckResult.fail(c, DatabaseChecks.join(out));
  }

  /** Why the trial did not get as far as the check needs. */
  private static Optional<String> broken(MigrationTrial t, boolean needDowngrade) {
    if (t.problem != null) {
      return Optional.of(t.problem);
    }
    if (t.upgraded.error() != null) {
      return Optional.of("upgrade() of \"" + t.name + "\" fails: " + t.upgraded.error());
    }
    if (needDowngrade && t.downgraded.error() != null) {
      return Optional.of("downgrade() of \"" + t.name + "\" fails: " + t.downgraded.error());
    }
    return Optional.empty();
  }

  private static CheckResult against(
      Check c, ExpectedSchema expected, DatabaseView.Snapshot s, String prefix) {
    String table = s.table(expected.table());
    if (table == null) {
      return CheckResult.fail(c, prefix + "there is no table " + expected.table());
    }
    List<String> diffs = ShapeDiff.differences(expected.shape(), s.shapes().get(table));
    return diffs.isEmpty()
        ? CheckResult.pass(c)
        : CheckResult.fail(c, prefix + DatabaseChecks.join(diffs));
  }

  /** Tables and their structure in {@code after} as in {@code before} (the version table aside). */
  private static void same(
      DatabaseView.Snapshot before, DatabaseView.Snapshot after, String prefix, List<String> out) {
    for (String t : before.tables()) {
      if (t.equalsIgnoreCase(VERSION_TABLE)) {
        continue;
      }
      String a = after.table(t);
      if (a == null) {
        out.add(prefix + "there is no table " + t);
      } else {
        for (String d : ShapeDiff.differences(before.shapes().get(t), after.shapes().get(a))) {
          out.add(prefix + d);
        }
      }
    }
    for (String a : after.tables()) {
      if (!a.equalsIgnoreCase(VERSION_TABLE) && before.table(a) == null) {
        out.add(prefix + "there is an unexpected table " + a);
      }
    }
  }

  private static void rowsLost(
      DatabaseView.Snapshot before, DatabaseView.Snapshot after, String prefix, List<String> out) {
    for (String t : before.tables()) {
      String a = after.table(t);
      if (a != null && !t.equalsIgnoreCase(VERSION_TABLE)) {
        RowsCompare.lost(t, before.rows().get(t), after.rows().get(a))
            .ifPresent(m -> out.add(prefix + m));
      }
    }
  }
}
