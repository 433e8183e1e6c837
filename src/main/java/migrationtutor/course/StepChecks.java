package migrationtutor.course;

import java.nio.file.Path;
import java.util.List;
import migrationtutor.course.check.Check;
import migrationtutor.course.check.CheckResult;
import migrationtutor.course.check.Probe;
import migrationtutor.course.check.TranscriptLog;
import migrationtutor.course.check.TrialCache;

/** Runs a lesson's checks on a workspace, with the transcript lines that count for them. */
public final class StepChecks {
  private StepChecks() {}

  /**
   * Evaluates {@code checks} of {@code lesson} in the workspace at {@code root}.
   *
   * @param from the first transcript line that counts
   * @param to the line after the last one that counts, or -1 for all of them
   */
  public static List<CheckResult> run(
      Path root, Lesson lesson, List<Check> checks, int from, int to, TrialCache trials) {
    try (Probe p =
        new Probe(
            root, lesson.starter(), lesson.schemas(), TranscriptLog.read(root, from, to), trials)) {
      return p.run(checks);
    }
  }

  /** Whether every result passed. */
  public static boolean allPass(List<CheckResult> results) {
    return results.stream().allMatch(CheckResult::passed);
  }
}
