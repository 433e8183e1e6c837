package migrationtutor.session;

import java.util.List;
import migrationtutor.course.Action;
import migrationtutor.course.Course;
import migrationtutor.course.CourseGroup;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.check.Check;

/** The texts the session composes: the lesson list, explanations, help, a solution's actions. */
final class SessionText {
  /** The tutor's own commands and what they do, for {@code help}. */
  static final List<String[]> COMMANDS =
      List.of(
          new String[] {"lessons", "list the lessons and where you are"},
          new String[] {"lesson N|ID", "go to a lesson (by number or id)"},
          new String[] {"next, back", "go to the next or the previous step"},
          new String[] {"step", "show the current step again"},
          new String[] {"hint", "show the next hint for this step"},
          new String[] {"check", "check the step now and say what is missing"},
          new String[] {"explain", "say what this step checks"},
          new String[] {"solution", "show the step's solution (asks first; it is recorded)"},
          new String[] {"undo", "take back the last command that changed files or the database"},
          new String[] {"reset", "put this step back as it started (reset lesson, reset --all)"},
          new String[] {"help", "this list, then the shell's commands"},
          new String[] {"quit", "leave the tutor (your work and progress are kept)"});

  private SessionText() {}

  static String help() {
    StringBuilder b = new StringBuilder("Tutor commands:\n");
    for (String[] c : COMMANDS) {
      b.append(String.format("  %-13s %s%n", c[0], c[1]));
    }
    b.append("Your work is checked after every command and when you save a file.\n");
    return b.toString();
  }

  static String lessons(
      Course course, Lesson current, java.util.function.Function<Lesson, String> status) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (CourseGroup g : course.groups()) {
      b.append(g.title()).append(":\n");
      for (Lesson l : g.lessons()) {
        n = course.indexOf(l) + 1;
        String line =
            (l == current ? "> " : "  ")
                + String.format("%2d. %-40s %s", n, l.title(), status.apply(l));
        b.append(line.stripTrailing()).append('\n');
      }
    }
    b.append("Type lesson N to go to a lesson.\n");
    return b.toString();
  }

  static String explain(Step step) {
    StringBuilder b = new StringBuilder("This step is done when:\n");
    for (Check c : step.checks()) {
      b.append("  - ").append(c.describe()).append('\n');
    }
    return b.toString();
  }

  /** A solution as the learner would do it: commands after a prompt, file edits as diffs. */
  static String actions(List<Action> actions) {
    StringBuilder b = new StringBuilder();
    for (Action a : actions) {
      if (a instanceof Action.Run r) {
        b.append("  $ ").append(r.command()).append('\n');
      } else if (a instanceof Action.Edit e) {
        b.append("  Edit ").append(e.path()).append(" (- remove, + add):\n");
        indent(b, e.diff());
      } else if (a instanceof Action.Write w) {
        b.append("  Write ").append(w.path()).append(":\n");
        indent(b, w.content());
      }
    }
    return b.toString();
  }

  private static void indent(StringBuilder b, String text) {
    for (String line : text.stripTrailing().split("\n", -1)) {
      b.append("    ").append(line).append('\n');
    }
  }
}
