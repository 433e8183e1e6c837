package migrationtutor.ui.screen;

import java.util.List;

/**
 * The lesson text, rendered from Markdown for the pane's width (kept until the width or the text
 * changes) and scrolled by the learner; "more below" is shown on the border.
 */
final class LessonPane {
  private final MarkdownRenderer renderer;
  private LessonContent content = LessonContent.welcome();
  private List<StyledLine> rendered = List.of();
  private int renderedWidth = -1;
  private int top;
  private int lastHeight = 1;
  private String pendingAnchor = "";

  LessonPane(boolean color) {
    this.renderer = new MarkdownRenderer(color);
  }

  LessonContent content() {
    return content;
  }

  /** Shows {@code c}; a different lesson starts at its top. */
  void show(LessonContent c) {
    if (!c.title().equals(content.title())) {
      top = 0;
    }
    if (!c.markdown().equals(content.markdown())) {
      renderedWidth = -1;
    }
    if (!c.anchor().equals(content.anchor())) {
      pendingAnchor = c.anchor(); // a new step: show its heading at the top
    }
    content = c;
  }

  /** What drawing depends on besides the rectangle: the content and the scroll position. */
  Object state() {
    return List.of(content, top, pendingAnchor);
  }

  void scroll(int lines) {
    top = Math.max(0, Math.min(top + lines, Math.max(0, rendered.size() - lastHeight)));
  }

  void page(int direction) {
    scroll(direction * Math.max(1, lastHeight - 1));
  }

  void home() {
    top = 0;
  }

  void end() {
    top = Integer.MAX_VALUE / 2;
    scroll(0);
  }

  void draw(Canvas c, Rect r, boolean focused) {
    c.box(r, content.title(), focused);
    Rect in = r.inner();
    if (in.isEmpty()) {
      return;
    }
    Rect text = new Rect(in.col() + 1, in.row(), in.width() - 2, in.height());
    c.fill(new Rect(in.right() - 1, in.row(), 1, in.height()), Style.NORMAL);
    if (renderedWidth != text.width()) {
      rendered = renderer.render(content.markdown(), text.width());
      renderedWidth = text.width();
    }
    lastHeight = text.height();
    if (!pendingAnchor.isEmpty()) {
      for (int i = 0; i < rendered.size(); i++) {
        if (rendered.get(i).text().contains(pendingAnchor)) {
          top = i;
          break;
        }
      }
      pendingAnchor = "";
    }
    scroll(0);
    c.fill(new Rect(in.col(), in.row(), 1, in.height()), Style.NORMAL);
    c.lines(text, rendered, top);
    if (top + text.height() < rendered.size()) {
      String more = " ↓ more (" + (rendered.size() - top - text.height()) + " lines) ";
      c.text(r.right() - 2 - more.length(), r.bottom() - 1, more, Style.DIM, more.length());
    }
    if (top > 0) {
      c.text(r.right() - 10, r.row(), " ↑ more ", Style.DIM, 8);
    }
  }
}
