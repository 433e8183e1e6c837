package migrationtutor.course;

import java.util.List;
import migrationtutor.course.check.Check;

/**
 * One {@code ##} section of a lesson: what the learner reads and does, and how the tutor knows it
 * is done.
 *
 * @param number 1-based position in the lesson
 * @param title the heading's text
 * @param line the heading's line
 * @param prose the Markdown shown to the learner
 * @param checks what must hold for the step to pass
 * @param hints revealed one at a time, in order
 * @param solution what solves the step ({@code solution} shows it, {@code verify} and lesson
 *     preparation run it)
 * @param wrongAnswers attempts that must fail the checks
 */
public record Step(
    int number,
    String title,
    int line,
    String prose,
    List<Check> checks,
    List<String> hints,
    List<Action> solution,
    List<WrongAnswer> wrongAnswers) {
  public Step {
    checks = List.copyOf(checks);
    hints = List.copyOf(hints);
    solution = List.copyOf(solution);
    wrongAnswers = List.copyOf(wrongAnswers);
  }
}
