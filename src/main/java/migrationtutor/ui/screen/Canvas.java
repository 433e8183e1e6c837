package migrationtutor.ui.screen;

import com.googlecode.lanterna.Symbols;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/** Drawing in styles on a Lanterna {@link TextGraphics}, always clipped to a width. */
final class Canvas {
  private final TextGraphics g;
  private final Theme theme;

  Canvas(TextGraphics g, Theme theme) {
    this.g = g;
    this.theme = theme;
  }

  Theme theme() {
    return theme;
  }

  private void use(Style s) {
    Theme.Look look = theme.look(s);
    g.setForegroundColor(look.fg());
    g.setBackgroundColor(look.bg());
    g.clearModifiers();
    if (!look.sgr().isEmpty()) {
      g.enableModifiers(look.sgr().toArray(new com.googlecode.lanterna.SGR[0]));
    }
  }

  /** Writes {@code text} at (col, row), cut at {@code max} columns; returns the columns used. */
  int text(int col, int row, String text, Style style, int max) {
    if (max <= 0) {
      return 0;
    }
    String fitted = fit(text, max);
    use(style);
    g.putString(col, row, fitted);
    return TerminalTextUtils.getColumnWidth(fitted);
  }

  /** Writes a styled line at (col, row) within {@code max} columns, padding with {@code fill}. */
  void line(int col, int row, StyledLine line, int max, Style fill) {
    int used = 0;
    for (Span s : line.spans()) {
      used += text(col + used, row, s.text(), s.style(), max - used);
    }
    if (used < max) {
      text(col + used, row, " ".repeat(max - used), fill, max - used);
    }
  }

  void fill(Rect r, Style style) {
    use(style);
    String blank = " ".repeat(r.width());
    for (int y = r.row(); y < r.bottom(); y++) {
      g.putString(r.col(), y, blank);
    }
  }

  /**
   * A single-line box on {@code r} with {@code title} on its top edge; a focused box shows its
   * title in reverse video between ▸ and ◂, so focus does not depend on colour.
   */
  void box(Rect r, String title, boolean focused) {
    if (r.width() < 2 || r.height() < 2) {
      return;
    }
    use(Style.BORDER);
    String horizontal = String.valueOf(Symbols.SINGLE_LINE_HORIZONTAL).repeat(r.width() - 2);
    g.putString(
        r.col(),
        r.row(),
        Symbols.SINGLE_LINE_TOP_LEFT_CORNER + horizontal + Symbols.SINGLE_LINE_TOP_RIGHT_CORNER);
    g.putString(
        r.col(),
        r.bottom() - 1,
        Symbols.SINGLE_LINE_BOTTOM_LEFT_CORNER
            + horizontal
            + Symbols.SINGLE_LINE_BOTTOM_RIGHT_CORNER);
    for (int y = r.row() + 1; y < r.bottom() - 1; y++) {
      g.setCharacter(r.col(), y, Symbols.SINGLE_LINE_VERTICAL);
      g.setCharacter(r.right() - 1, y, Symbols.SINGLE_LINE_VERTICAL);
    }
    if (title != null && !title.isEmpty() && r.width() > 6) {
      String shown = focused ? "▸ " + title + " ◂" : " " + title + " ";
      text(r.col() + 2, r.row(), shown, focused ? Style.TITLE_FOCUSED : Style.TITLE, r.width() - 4);
    }
  }

  /** Lines of a scrolled list drawn into {@code r}, from {@code first}. */
  void lines(Rect r, List<StyledLine> lines, int first) {
    for (int i = 0; i < r.height(); i++) {
      int idx = first + i;
      StyledLine l = idx >= 0 && idx < lines.size() ? lines.get(idx) : StyledLine.EMPTY;
      line(r.col(), r.row() + i, l, r.width(), Style.NORMAL);
    }
  }

  /** {@code text} cut to at most {@code max} terminal columns. */
  static String fit(String text, int max) {
    if (TerminalTextUtils.getColumnWidth(text) <= max) {
      return text;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int cw = TerminalTextUtils.isCharCJK((char) cp) ? 2 : 1;
      if (w + cw > max) {
        break;
      }
      b.appendCodePoint(cp);
      w += cw;
      i += Character.charCount(cp);
    }
    return b.toString();
  }
}
