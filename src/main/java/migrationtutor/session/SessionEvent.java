package migrationtutor.session;

import java.util.List;
import java.util.function.UnaryOperator;
import migrationtutor.course.Action;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.check.CheckResult;

/**
 * Something the tutor session has to tell the learner. Front ends render events their own way (the
 * plain console prints {@link #text()}, a full-screen UI may put a step in a side pane); every
 * event carries the data to do that and a plain-text rendering that needs nothing else.
 */
public sealed interface SessionEvent {
  /** The event as plain text (Markdown prose kept as written), ending with a newline. */
  String text();

  /** A lesson was opened: its title and introduction. */
  record LessonShown(Lesson lesson, int number, int total, boolean alreadyPassed)
      implements SessionEvent {
    public String text() {
      return text(UnaryOperator.identity());
    }

    /** The text with the lesson's Markdown passed through {@code prose}. */
    public String text(UnaryOperator<String> prose) {
      String head =
          "Lesson "
              + number
              + " of "
              + total
              + ": "
              + lesson.title()
              + (alreadyPassed ? " (passed)" : "");
      return "\n"
          + head
          + "\n"
          + "=".repeat(head.length())
          + "\n"
          + (lesson.intro().isEmpty() ? "" : prose.apply(lesson.intro()) + "\n");
    }
  }

  /** The step to do now: its title and prose. */
  record StepShown(Lesson lesson, Step step, boolean alreadyPassed) implements SessionEvent {
    public String text() {
      return text(UnaryOperator.identity());
    }

    /** The text with the step's Markdown passed through {@code prose}. */
    public String text(UnaryOperator<String> prose) {
      String head =
          "Step "
              + step.number()
              + " of "
              + lesson.steps().size()
              + ": "
              + step.title()
              + (alreadyPassed ? " (passed)" : "");
      return "\n"
          + head
          + "\n"
          + "-".repeat(head.length())
          + "\n"
          + (step.prose().isEmpty() ? "" : prose.apply(step.prose()) + "\n");
    }
  }

  /** The step's checks, run because the learner asked ({@code check}). */
  record Checked(Step step, List<CheckResult> results) implements SessionEvent {
    public Checked {
      results = List.copyOf(results);
    }

    /** Whether every check passed. */
    public boolean passed() {
      return results.stream().allMatch(CheckResult::passed);
    }

    public String text() {
      StringBuilder b = new StringBuilder();
      for (CheckResult r : results) {
        b.append(r.passed() ? "  ok   " : "  todo ").append(r.message()).append('\n');
      }
      if (!passed()) {
        b.append("Not done yet. Type hint for a hint.\n");
      }
      return b.toString();
    }
  }

  /** The step's checks passed. */
  record StepPassed(Lesson lesson, Step step, boolean solutionRevealed) implements SessionEvent {
    public String text() {
      return "\n✓ Step "
          + step.number()
          + " done: "
          + step.title()
          + (solutionRevealed ? " (the solution was shown, so it does not count as solved)" : "")
          + "\n";
    }
  }

  /** Every step of the lesson passed. */
  record LessonPassed(Lesson lesson) implements SessionEvent {
    public String text() {
      return "\n✓ Lesson passed: " + lesson.title() + "\n";
    }
  }

  /** The last lesson of the course passed. */
  record CourseFinished(int lessons) implements SessionEvent {
    public String text() {
      return "\nYou have finished all "
          + lessons
          + " lessons. Type lessons for the list; grade your work with"
          + " `java -jar tutor.jar grade`.\n";
    }
  }

  /** A hint of the current step. */
  record HintShown(Step step, int number, int total, String markdown) implements SessionEvent {
    public String text() {
      return text(UnaryOperator.identity());
    }

    /** The text with the hint's Markdown passed through {@code prose}. */
    public String text(UnaryOperator<String> prose) {
      return "Hint " + number + " of " + total + ":\n" + prose.apply(markdown) + "\n";
    }
  }

  /** The solution of the current step (after the learner confirmed). */
  record SolutionShown(Step step, List<Action> actions) implements SessionEvent {
    public SolutionShown {
      actions = List.copyOf(actions);
    }

    public String text() {
      return "Solution of step "
          + step.number()
          + " ("
          + step.title()
          + "):\n"
          + SessionText.actions(actions);
    }
  }

  /** Information the learner asked for (the lesson list, an explanation, help) or a notice. */
  record Info(String message) implements SessionEvent {
    public String text() {
      return message.endsWith("\n") ? message : message + "\n";
    }
  }

  /** A tutor command that could not be done, and what to do instead. */
  record Problem(String message) implements SessionEvent {
    public String text() {
      return "tutor: " + (message.endsWith("\n") ? message : message + "\n");
    }
  }

  /** A yes/no question; the next line the learner submits answers it. */
  record Question(String message) implements SessionEvent {
    public String text() {
      return message + " [y/N] ";
    }
  }
}
