package migrationtutor.course.grade;

import java.time.Instant;
import java.util.List;
import migrationtutor.course.Step;

/**
 * How one step was graded.
 *
 * @param step the step
 * @param passed whether it counts as solved: its checks passed, the solution was not revealed, and
 *     what can be re-checked still holds
 * @param passedAt when its checks passed, or null
 * @param hints how many hints were used
 * @param solutionRevealed whether the solution was shown
 * @param problems why it does not count, in words
 */
public record StepGrade(
    Step step,
    boolean passed,
    Instant passedAt,
    int hints,
    boolean solutionRevealed,
    List<String> problems) {
  public StepGrade {
    problems = List.copyOf(problems);
  }
}
