package migrationtutor.ui.screen;

import java.util.List;

/** The last row: the workspace, where the learner is, and the keys of the current mode. */
final class StatusBar {
  /** The keys shown on the main screen. */
  static final List<String[]> MAIN_KEYS =
      List.of(
          new String[] {"F1", "Help"},
          new String[] {"F2", "Hint"},
          new String[] {"F3", "Lessons"},
          new String[] {"F4", "Edit"},
          new String[] {"F10", "Quit"});

  /** The keys shown in the editor. */
  static final List<String[]> EDITOR_KEYS =
      List.of(
          new String[] {"Ctrl+S", "Save"},
          new String[] {"Esc", "Cancel"},
          new String[] {"Tab", "4 spaces"},
          new String[] {"F1", "Help"});

  private StatusBar() {}

  static void draw(Canvas c, Rect r, String where, List<String[]> keys) {
    c.fill(r, Style.STATUS);
    int keysWidth = 0;
    for (String[] k : keys) {
      keysWidth += k[0].length() + k[1].length() + 2;
    }
    int col = r.right() - keysWidth;
    for (String[] k : keys) {
      col += c.text(col, r.row(), k[0], Style.STATUS_KEY, r.right() - col);
      col += c.text(col, r.row(), " " + k[1] + " ", Style.STATUS, r.right() - col);
    }
    c.text(r.col(), r.row(), " " + where, Style.STATUS, Math.max(0, r.width() - keysWidth - 1));
  }
}
