package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell pane: the scrollback and, under it, the prompt with the line being typed (continued
 * lines after {@code > }). Scrolling up shows older output; typing scrolls back to the bottom.
 */
final class ShellPane {
  private final Scrollback scrollback;
  private final InputLine input = new InputLine();
  private int back;
  private int lastHeight = 1;

  ShellPane(Scrollback scrollback) {
    this.scrollback = scrollback;
  }

  Scrollback scrollback() {
    return scrollback;
  }

  InputLine input() {
    return input;
  }

  void scroll(int lines) {
    back = Math.max(0, back + lines);
  }

  void page(int direction) {
    scroll(direction * Math.max(1, lastHeight - 1));
  }

  void toBottom() {
    back = 0;
  }

  /**
   * Draws the pane; returns the cursor's place, or null when there is no prompt.
   *
   * @param title the pane's title (the current directory)
   * @param prompt the prompt before the line, or null while a command runs without reading
   */
  TerminalPosition draw(Canvas c, Rect r, String title, StyledLine prompt, boolean focused) {
    c.box(r, title, focused);
    Rect in = r.inner();
    if (in.isEmpty()) {
      return null;
    }
    Rect text = new Rect(in.col() + 1, in.row(), in.width() - 1, in.height());
    c.fill(new Rect(in.col(), in.row(), 1, in.height()), Style.NORMAL);
    List<StyledLine> inputLines = new ArrayList<>();
    int[] cursor = prompt == null ? null : inputLines(prompt, text.width(), inputLines);
    int inputRows = Math.min(inputLines.size(), Math.max(1, text.height() - 1));
    int outputRows = text.height() - inputRows;
    Scrollback.View view = scrollback.view(text.width(), outputRows, back);
    back = view.back();
    lastHeight = outputRows;
    List<StyledLine> all = new ArrayList<>(view.lines());
    int firstInput = inputLines.size() - inputRows;
    all.addAll(inputLines.subList(firstInput, inputLines.size()));
    // Output starts at the top when there is little of it, so the prompt follows it.
    int pad = back == 0 ? 0 : text.height() - all.size();
    List<StyledLine> shown = new ArrayList<>();
    for (int i = 0; i < pad; i++) {
      shown.add(StyledLine.EMPTY);
    }
    shown.addAll(all);
    c.lines(text, shown, 0);
    if (back > 0) {
      String note = " ↑ scrolled back " + back + " lines · PgDn ";
      c.text(r.right() - 2 - note.length(), r.bottom() - 1, note, Style.DIM, note.length());
    }
    if (cursor == null || back > 0) {
      return null;
    }
    int row = pad + view.lines().size() + (cursor[0] - firstInput);
    if (row < 0 || row >= text.height()) {
      return null;
    }
    return new TerminalPosition(text.col() + cursor[1], text.row() + row);
  }

  /** Lays out prompt + input into screen lines; returns the cursor's {line, column}. */
  private int[] inputLines(StyledLine prompt, int width, List<StyledLine> out) {
    String typed = input.text();
    int cursorAt = input.cursor();
    int[] cursor = {0, 0};
    int offset = 0;
    String[] lines = typed.split("\n", -1);
    for (int li = 0; li < lines.length; li++) {
      StyledLine head = li == 0 ? prompt : StyledLine.of("> ", Style.PROMPT);
      int headWidth = head.width();
      String line = lines[li];
      List<String> pieces = Wrap.hard(line, Math.max(1, width - headWidth));
      int start = out.size();
      for (int p = 0; p < pieces.size(); p++) {
        String piece = pieces.get(p);
        out.add(
            p == 0
                ? head.prefixed(List.of()).withTail(new Span(piece, Style.COMMAND))
                : StyledLine.of(" ".repeat(headWidth) + piece, Style.COMMAND));
      }
      if (cursorAt >= offset && cursorAt <= offset + line.length()) {
        int within = cursorAt - offset;
        int col = headWidth;
        int row = start;
        int seen = 0;
        for (String piece : pieces) {
          if (within <= seen + piece.length()) {
            col = headWidth + TerminalTextUtils.getColumnWidth(piece.substring(0, within - seen));
            break;
          }
          seen += piece.length();
          row++;
        }
        if (col >= width) {
          row++;
          col = headWidth;
          if (row - start >= pieces.size()) {
            out.add(StyledLine.EMPTY);
          }
        }
        cursor = new int[] {row, col};
      }
      offset += line.length() + 1;
    }
    return cursor;
  }
}
