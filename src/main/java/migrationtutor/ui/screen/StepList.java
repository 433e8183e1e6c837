package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * The lesson's steps: ✓ for done, ▶ and bold for the current one, and how many are done. A step
 * that has just passed is drawn in reverse video for a moment, so the change is seen at once.
 */
final class StepList {
  private StepList() {}

  static void draw(Canvas c, Rect r, LessonContent lesson, int justPassed) {
    c.box(r, "Steps", false);
    Rect in = r.inner();
    if (in.isEmpty()) {
      return;
    }
    List<StyledLine> lines = new ArrayList<>();
    List<LessonContent.StepItem> steps = lesson.steps();
    int done = 0;
    int current = -1;
    for (int i = 0; i < steps.size(); i++) {
      LessonContent.StepItem s = steps.get(i);
      done += s.done() ? 1 : 0;
      if (s.current()) {
        current = i;
      }
      String mark = s.done() ? "✓ " : s.current() ? "▶ " : "  ";
      Style style = i == justPassed ? Style.SELECTED : s.current() ? Style.BOLD : Style.NORMAL;
      Style markStyle = s.done() ? Style.SUCCESS : style;
      String text = (i + 1) + ". " + s.title();
      for (StyledLine l :
          Wrap.words(
              new StyledLine(List.of(new Span(mark, markStyle), new Span(text, style))),
              in.width() - 1,
              List.of(Span.of("     ")))) {
        lines.add(l.prefixed(List.of(Span.of(" "))));
      }
    }
    if (steps.isEmpty()) {
      lines.add(StyledLine.of(" No lesson open.", Style.DIM));
      lines.add(StyledLine.of(" F3 lists the lessons.", Style.DIM));
    } else {
      lines.add(0, StyledLine.of(" " + done + " of " + steps.size() + " done", Style.BOLD));
    }
    // Keep the current step in view on a short pane.
    int first = 0;
    int currentLine = current < 0 ? 0 : lineOf(lines, current);
    if (currentLine >= in.height()) {
      first = currentLine - in.height() + 2;
    }
    c.lines(in, lines, first);
  }

  private static int lineOf(List<StyledLine> lines, int step) {
    String prefix = (step + 1) + ". ";
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).text().contains(prefix)) {
        return i;
      }
    }
    return 0;
  }
}
