package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;
import migrationtutor.course.check.CheckResult;
import migrationtutor.session.SessionEvent;

/**
 * Shows what the session said, on the screen's thread: the lesson pane and step list take the new
 * snapshot; a passed step, a failed check, a hint, the solution and questions go to the feedback
 * panel (and the shell pane keeps a line of each, so nothing is lost when the panel changes); lists
 * and explanations the learner asked for go to the shell pane in full.
 */
final class EventView {
  private final TutorScreen s;

  EventView(TutorScreen s) {
    this.s = s;
  }

  void apply(SessionBridge.Result r) {
    LessonContent before = s.lessonPane.content();
    s.lessonPane.show(r.content());
    s.question = r.question();
    for (SessionEvent e : r.events()) {
      event(e, before);
    }
  }

  private void event(SessionEvent e, LessonContent before) {
    if (e instanceof SessionEvent.StepPassed p) {
      s.justPassed = p.step().number() - 1;
      String title = "Step " + p.step().number() + " done: " + p.step().title();
      s.feedback =
          new Feedback(
              Feedback.Kind.PASSED,
              title,
              List.of(
                  p.solutionRevealed()
                      ? "The solution was shown, so it does not count as solved by you."
                      : "Well done. The next step is in the lesson pane."));
      line("✓ " + title, Style.SUCCESS);
    } else if (e instanceof SessionEvent.LessonPassed p) {
      s.feedback =
          new Feedback(
              Feedback.Kind.PASSED,
              "Lesson passed: " + p.lesson().title(),
              List.of("Every step is done. The next lesson is open; F3 lists them all."));
      line("✓ Lesson passed: " + p.lesson().title(), Style.SUCCESS);
    } else if (e instanceof SessionEvent.CourseFinished f) {
      s.feedback = new Feedback(Feedback.Kind.PASSED, "Course finished", List.of(f.text().strip()));
      text(f.text(), Style.SUCCESS);
    } else if (e instanceof SessionEvent.Checked c) {
      checked(c);
    } else if (e instanceof SessionEvent.HintShown h) {
      s.feedback =
          new Feedback(
              Feedback.Kind.HINT,
              "Hint " + h.number() + " of " + h.total(),
              List.of(h.markdown()),
              true);
      text(h.text(), Style.NORMAL);
    } else if (e instanceof SessionEvent.SolutionShown sol) {
      s.feedback =
          new Feedback(
              Feedback.Kind.INFO, "Solution of step " + sol.step().number(), List.of(sol.text()));
      text(sol.text(), Style.NORMAL);
    } else if (e instanceof SessionEvent.Question q) {
      s.feedback =
          new Feedback(
              Feedback.Kind.INFO,
              "Question",
              List.of(q.message(), "Type y and Enter for yes; anything else means no."));
    } else if (e instanceof SessionEvent.Problem p) {
      text(p.text(), Style.ERROR);
    } else if (e instanceof SessionEvent.LessonShown l) {
      line(
          "— Lesson "
              + l.number()
              + " of "
              + l.total()
              + ": "
              + l.lesson().title()
              + " (in the lesson pane) —",
          Style.DIM);
    } else if (e instanceof SessionEvent.StepShown st) {
      line(
          "— Step " + st.step().number() + ": " + st.step().title() + " (in the lesson pane) —",
          Style.DIM);
    } else {
      text(e.text(), Style.NORMAL); // information the learner asked for, in full
    }
  }

  private void checked(SessionEvent.Checked c) {
    List<String> lines = new ArrayList<>();
    for (CheckResult r : c.results()) {
      lines.add((r.passed() ? "✓ ok    " : "✗ to do ") + r.message());
    }
    if (c.passed()) {
      s.feedback = new Feedback(Feedback.Kind.PASSED, "All checks pass", lines);
    } else {
      lines.add("F2 or hint for a hint; explain says what the step checks.");
      s.feedback = new Feedback(Feedback.Kind.FAILED, "Not done yet", lines);
    }
    text(c.text(), Style.NORMAL);
  }

  private void line(String text, Style style) {
    s.shellPane.scrollback().add(StyledLine.of(text, style));
  }

  private void text(String text, Style style) {
    for (String l : text.replaceAll("^\n+", "").stripTrailing().split("\n", -1)) {
      line(l, style);
    }
  }
}
