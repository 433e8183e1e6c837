package migrationtutor.course.progress;

import java.time.Instant;

/**
 * What the learner did in one step: when its checks passed, the transcript lines that counted (its
 * window, for {@code grade} to re-check), how many hints they took, and whether they revealed the
 * solution (recorded for good: a revealed step never counts as solved).
 */
public final class StepRecord {
  /** The step's title when it was recorded (a changed lesson is matched by it). */
  public String title;

  /** When its checks passed, or null. */
  public Instant passed;

  /** The first transcript line that counted. */
  public int windowFrom;

  /** The transcript line count when it passed. */
  public int windowTo;

  /** How many hints were shown. */
  public int hints;

  /** Whether the solution was shown. */
  public boolean solutionRevealed;

  /** A record for a step with this title. */
  public StepRecord(String title) {
    this.title = title;
  }

  /** Whether the learner solved it: its checks passed without the solution being revealed. */
  public boolean solved() {
    return passed != null && !solutionRevealed;
  }
}
