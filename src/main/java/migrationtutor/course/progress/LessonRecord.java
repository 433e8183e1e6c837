package migrationtutor.course.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the learner did in one lesson, step by step. */
public final class LessonRecord {
  /** The lesson file's fingerprint when it was started. */
  public String fingerprint;

  /** When the learner first opened it. */
  public Instant started;

  /** The first transcript line that counts for it (moved by {@code reset}). */
  public int from;

  /** When its last step passed, or null. */
  public Instant passed;

  /**
   * When the workspace was prepared past it (a later lesson was opened and its solutions were
   * replayed instead of the learner doing it), or null. A prepared lesson is not passed.
   */
  public Instant prepared;

  /** Its steps, in order. */
  public final List<StepRecord> steps = new ArrayList<>();

  /** The record of step {@code index} (0-based), made when missing. */
  public StepRecord step(int index, String title) {
    while (steps.size() <= index) {
      steps.add(new StepRecord(null));
    }
    StepRecord s = steps.get(index);
    if (s.title == null) {
      s.title = title;
    }
    return s;
  }
}
