package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;

/** F1: every key of the screen and the editor, in a box over the screen; any key closes it. */
final class HelpOverlay {
  private static final String[][] KEYS = {
    {"Enter", "run the command line"},
    {"Tab", "complete a command, option, revision or file name"},
    {"Up / Down", "earlier and later commands"},
    {"PgUp / PgDn", "scroll the shell's output"},
    {"Ctrl+Up / Down", "scroll the lesson"},
    {"F6", "move to the lesson pane to scroll it (Esc comes back)"},
    {"Ctrl+C", "drop the line; end a running command's input"},
    {"F2 / hint", "a hint for the current step"},
    {"F3 / lessons", "the lesson menu"},
    {"F4", "type edit FILE to open a file in the built-in editor"},
    {"F10, Ctrl+Q, quit", "leave the tutor (your work is kept)"},
    {"", ""},
    {"In the editor", ""},
    {"Ctrl+S", "save and close"},
    {"Esc", "close without saving (asks when there are changes)"},
    {"Tab", "four spaces; Enter keeps the indentation"},
  };

  private HelpOverlay() {}

  static void draw(Canvas c, int cols, int rows) {
    List<StyledLine> lines = new ArrayList<>();
    for (String[] k : KEYS) {
      if (k[1].isEmpty()) {
        lines.add(StyledLine.of(k[0], Style.HEADING));
        continue;
      }
      lines.add(
          new StyledLine(
              List.of(new Span(String.format("%-19s ", k[0]), Style.BOLD), Span.of(k[1]))));
    }
    lines.add(StyledLine.EMPTY);
    lines.add(StyledLine.of("Any key closes this help.", Style.DIM));
    int w = Math.min(cols - 4, 76);
    int h = Math.min(rows - 2, lines.size() + 2);
    Rect r = new Rect((cols - w) / 2, Math.max(0, (rows - 1 - h) / 2), w, h);
    c.fill(r, Style.NORMAL);
    c.box(r, "Help", true);
    Rect in = r.inner();
    c.lines(new Rect(in.col() + 1, in.row(), in.width() - 2, in.height()), lines, 0);
  }
}
