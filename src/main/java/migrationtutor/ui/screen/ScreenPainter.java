package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import java.util.List;

/** Draws one frame of the {@link TutorScreen}: its panes for the current size, or the size note. */
final class ScreenPainter {
  private final TutorScreen s;

  ScreenPainter(TutorScreen s) {
    this.s = s;
  }

  void paint() {
    if (s.screen.doResizeIfNecessary() != null) {
      s.fullRedraw();
    }
    PaneCache drawn = s.drawn;
    boolean overlay = s.menu != null || s.helpShown;
    if (overlay || s.overlayDrawn || s.fullRedrawPending()) {
      drawn.clear(); // an overlay covers panes, and closing it uncovers them
    }
    s.overlayDrawn = overlay;
    TerminalSize size = s.screen.getTerminalSize();
    int cols = size.getColumns();
    int rows = size.getRows();
    Canvas c = new Canvas(s.screen.newTextGraphics(), s.theme);
    if (Layout.tooSmall(cols, rows)) {
      drawn.clear();
      c.fill(new Rect(0, 0, cols, rows), Style.NORMAL);
      tooSmall(c, cols, rows);
      s.screen.setCursorPosition(null);
      return;
    }
    boolean editing = s.editor != null;
    Layout probe = Layout.of(cols, rows, 1, editing);
    Layout l =
        Layout.of(
            cols,
            rows,
            FeedbackPanel.lines(s.feedback, probe.feedback().width(), s.theme.color()),
            editing);
    LessonContent lesson = s.lessonPane.content();
    boolean lessonFocus = s.focus == TutorScreen.Focus.LESSON && !editing;
    if (drawn.needs("lesson", List.of(l.lesson(), s.lessonPane.state(), lessonFocus))) {
      s.lessonPane.draw(c, l.lesson(), lessonFocus);
    }
    if (drawn.needs("steps", List.of(l.steps(), lesson, s.justPassed))) {
      StepList.draw(c, l.steps(), lesson, s.justPassed);
    }
    if (drawn.needs("feedback", java.util.Arrays.asList(l.feedback(), s.feedback))) {
      FeedbackPanel.draw(c, l.feedback(), s.feedback);
    }
    TerminalPosition cursor;
    List<String[]> keys;
    if (editing) {
      cursor = s.editor.draw(c, l.work());
      keys = StatusBar.EDITOR_KEYS;
    } else {
      cursor =
          s.shellPane.draw(c, l.work(), shellTitle(), prompt(), s.focus == TutorScreen.Focus.SHELL);
      keys = StatusBar.MAIN_KEYS;
    }
    String where =
        s.shell.workspace().root().getFileName()
            + (lesson.position().isEmpty() ? "" : " · " + lesson.position());
    if (drawn.needs("status", List.of(l.status(), where, keys))) {
      StatusBar.draw(c, l.status(), where, keys);
    }
    if (s.menu != null) {
      s.menu.draw(c, cols, rows);
      cursor = null;
    }
    if (s.helpShown) {
      HelpOverlay.draw(c, cols, rows);
      cursor = null;
    }
    s.screen.setCursorPosition(cursor);
  }

  private String shellTitle() {
    return "Shell "
        + s.shell.displayCwd()
        + (s.running && !s.programInput.waiting() ? " · running…" : "");
  }

  /** The prompt: the shell's, the running command's own, or none while a command works. */
  private StyledLine prompt() {
    if (s.running) {
      return s.programInput.waiting() ? StyledLine.of(s.programPrompt, Style.PROMPT) : null;
    }
    if (s.question != null) {
      return StyledLine.of("answer [y/N]: ", Style.PROMPT); // the question is in the panel
    }
    return new StyledLine(
        List.of(
            new Span(s.shell.workspace().project(), Style.PROMPT),
            Span.of(":"),
            new Span(s.shell.displayCwd(), Style.PROMPT),
            Span.of("$ ")));
  }

  private static void tooSmall(Canvas c, int cols, int rows) {
    String[] lines = {
      "The tutor needs a terminal of at least " + Layout.MIN_COLUMNS + "×" + Layout.MIN_ROWS + ".",
      "This one is " + cols + "×" + rows + ": please make the window larger.",
      "(F10 or Ctrl+Q quits; your work is kept.)"
    };
    int top = Math.max(0, rows / 2 - 1);
    for (int i = 0; i < lines.length && top + i < rows; i++) {
      List<StyledLine> wrapped = Wrap.words(StyledLine.plain(lines[i]), cols, List.of());
      StyledLine first = wrapped.get(0);
      c.line(Math.max(0, (cols - first.width()) / 2), top + i, first, cols, Style.NORMAL);
    }
  }
}
