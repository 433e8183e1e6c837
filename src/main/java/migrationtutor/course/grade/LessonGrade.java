package migrationtutor.course.grade;

import java.time.Instant;
import java.util.List;
import migrationtutor.course.Lesson;

/**
 * How one lesson was graded: passed when every step was.
 *
 * @param lesson the lesson
 * @param passedAt when its last step passed, or null
 * @param steps its steps' grades, in order
 */
public record LessonGrade(Lesson lesson, Instant passedAt, List<StepGrade> steps) {
  public LessonGrade {
    steps = List.copyOf(steps);
  }

  /** Whether every step passed. */
  public boolean passed() {
    return steps.stream().allMatch(StepGrade::passed);
  }
}
