package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;

/** Draws the {@link Feedback} panel: its kind in words and symbol on the border, then its text. */
final class FeedbackPanel {
  private FeedbackPanel() {}

  /** How many lines {@code f} needs at {@code width} columns (0 when there is none). */
  static int lines(Feedback f, int width, boolean color) {
    return f == null ? 0 : text(f, width - 4, color).size();
  }

  static void draw(Canvas c, Rect r, Feedback f) {
    if (f == null || r.isEmpty()) {
      return;
    }
    c.box(r, "", false);
    c.text(
        r.col() + 2,
        r.row(),
        " " + f.kind().symbol + f.title() + " ",
        f.kind().style,
        r.width() - 4);
    Rect in = r.inner();
    List<StyledLine> lines = text(f, in.width() - 2, c.theme().color());
    if (lines.size() > in.height()) {
      lines = new ArrayList<>(lines.subList(0, in.height()));
      lines.set(
          in.height() - 1, StyledLine.of("… (the rest is in the shell pane below)", Style.DIM));
    }
    c.lines(new Rect(in.col() + 1, in.row(), in.width() - 1, in.height()), lines, 0);
    c.fill(new Rect(in.col(), in.row(), 1, in.height()), Style.NORMAL);
  }

  private static List<StyledLine> text(Feedback f, int width, boolean color) {
    List<StyledLine> out = new ArrayList<>();
    if (f.markdown()) {
      MarkdownRenderer md = new MarkdownRenderer(color);
      for (String paragraph : f.lines()) {
        out.addAll(md.render(paragraph, Math.max(10, width)));
      }
      return out;
    }
    for (String paragraph : f.lines()) {
      for (String line : paragraph.split("\n", -1)) {
        out.addAll(Wrap.words(StyledLine.plain(line), Math.max(10, width), List.of(Span.of("  "))));
      }
    }
    return out;
  }
}
