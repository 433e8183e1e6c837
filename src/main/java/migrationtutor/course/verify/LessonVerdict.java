package migrationtutor.course.verify;

import java.time.Duration;
import java.util.List;
import migrationtutor.course.Diagnostic;
import migrationtutor.course.Lesson;

/**
 * How one lesson verified.
 *
 * @param lesson the lesson, or null for the checks made at the end of the course
 * @param wrongAnswers how many known-wrong answers were tried
 * @param problems what did not hold, at the lesson's lines
 * @param took how long it took
 */
public record LessonVerdict(
    Lesson lesson, int wrongAnswers, List<Diagnostic> problems, Duration took) {
  public LessonVerdict {
    problems = List.copyOf(problems);
  }

  /** Whether the lesson verified. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
