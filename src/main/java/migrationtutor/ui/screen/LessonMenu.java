package migrationtutor.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * F3: every lesson with its progress, grouped as the course is; ↑/↓ choose, Enter opens the chosen
 * lesson (as typing {@code lesson N} would), Esc closes.
 */
final class LessonMenu {
  private final List<LessonContent.LessonItem> items;
  private int selected;

  LessonMenu(List<LessonContent.LessonItem> items) {
    this.items = List.copyOf(items);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).current()) {
        selected = i;
      }
    }
  }

  /** Handles a key; returns the command to run ("lesson N"), "" to close, null to stay open. */
  String key(KeyStroke k) {
    switch (k.getKeyType()) {
      case ArrowUp -> selected = Math.max(0, selected - 1);
      case ArrowDown -> selected = Math.min(items.size() - 1, selected + 1);
      case Home -> selected = 0;
      case End -> selected = items.size() - 1;
      case Enter -> {
        return items.isEmpty() ? "" : "lesson " + items.get(selected).number();
      }
      case Escape, F3, F10 -> {
        return "";
      }
      default -> {}
    }
    return null;
  }

  void draw(Canvas c, int cols, int rows) {
    List<StyledLine> lines = new ArrayList<>();
    String group = null;
    int selectedLine = 0;
    for (int i = 0; i < items.size(); i++) {
      LessonContent.LessonItem it = items.get(i);
      if (!it.group().equals(group)) {
        group = it.group();
        lines.add(StyledLine.of(group, Style.HEADING));
      }
      String mark = it.status().equals("passed") ? "✓" : it.current() ? "▶" : " ";
      String text = String.format("%s %2d. %-38s %s", mark, it.number(), it.title(), it.status());
      if (i == selected) {
        selectedLine = lines.size();
      }
      lines.add(StyledLine.of(text, i == selected ? Style.SELECTED : Style.NORMAL));
    }
    lines.add(StyledLine.EMPTY);
    lines.add(StyledLine.of("↑/↓ choose · Enter opens · Esc closes", Style.DIM));
    int w = Math.min(cols - 4, 72);
    int h = Math.min(rows - 2, lines.size() + 2);
    Rect r = new Rect((cols - w) / 2, Math.max(0, (rows - 1 - h) / 2), w, h);
    c.fill(r, Style.NORMAL);
    c.box(r, "Lessons", true);
    Rect in = r.inner();
    int first = Math.max(0, selectedLine - in.height() + 3);
    c.lines(new Rect(in.col() + 1, in.row(), in.width() - 2, in.height()), lines, first);
  }
}
