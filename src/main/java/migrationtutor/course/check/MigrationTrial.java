package migrationtutor.course.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one revision's {@code upgrade()} and {@code downgrade()} do, found by running them on a
 * scratch copy: the learner's project files with a fresh copy of the starter's database, brought to
 * the revision's parent first, then upgraded, downgraded and upgraded again. The learner's own
 * database is never touched.
 */
final class MigrationTrial {
  /** The database after one stage, or the error that stopped it. */
  record Stage(String error, DatabaseView.Snapshot snapshot) {}

  final String problem;
  final String name;
  final Stage before;
  final Stage upgraded;
  final Stage downgraded;
  final Stage reupgraded;

  private MigrationTrial(
      String problem,
      String name,
      Stage before,
      Stage upgraded,
      Stage downgraded,
      Stage reupgraded) {
    this.problem = problem;
    this.name = name;
    this.before = before;
    this.upgraded = upgraded;
    this.downgraded = downgraded;
    this.reupgraded = reupgraded;
  }

  private static MigrationTrial failed(String problem) {
    return new MigrationTrial(problem, null, null, null, null, null);
  }

  static MigrationTrial run(Path root, String starter, String message) {
    RevisionFacts facts = RevisionFacts.read(root);
    if (facts.problem() != null) {
      return failed(facts.problem());
    }
    List<RevisionFacts.Rev> found = facts.withMessage(message);
    if (found.size() != 1) {
      return failed(RevisionChecks.notOne(message, found, facts));
    }
    RevisionFacts.Rev rev = found.get(0);
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory("tutor-trial-");
      Scratch.copyTree(root, scratch, ProjectDigest::skipped);
      Files.copy(Starters.database(starter), scratch.resolve(Probe.DATABASE));
      for (String parent : rev.down()) {
        AlembicRunner.Outcome o = AlembicRunner.run(scratch, "upgrade", parent);
        if (!o.ok()) {
          return failed(
              "the revisions before \""
                  + rev.message()
                  + "\" fail on a fresh copy of the database: "
                  + o.error());
        }
      }
      String target = rev.down().isEmpty() ? "base" : rev.down().get(0);
      Stage before = new Stage(null, snapshot(scratch));
      Stage upgraded = stage(scratch, "upgrade", rev.id());
      Stage downgraded = upgraded.error() == null ? stage(scratch, "downgrade", target) : null;
      Stage again =
          downgraded != null && downgraded.error() == null
              ? stage(scratch, "upgrade", rev.id())
              : null;
      return new MigrationTrial(null, rev.message(), before, upgraded, downgraded, again);
    } catch (IOException e) {
      return failed("the tutor could not make a scratch copy of the project: " + e.getMessage());
    } finally {
      Scratch.delete(scratch);
    }
  }

  private static Stage stage(Path scratch, String command, String target) {
    AlembicRunner.Outcome o = AlembicRunner.run(scratch, command, target);
    if (!o.ok()) {
      return new Stage(o.error(), null);
    }
    return new Stage(null, snapshot(scratch));
  }

  private static DatabaseView.Snapshot snapshot(Path scratch) {
    try (DatabaseView db = DatabaseView.of(scratch.resolve(Probe.DATABASE))) {
      return db.snapshot();
    }
  }
}
