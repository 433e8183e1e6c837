package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The shell pane's text: finished lines and the unfinished last one, written by the command's
 * thread and read by the screen's. Terminal control is interpreted only as far as a pane can show
 * it: a carriage return starts the line again, backspace removes a character, tabs go to the next
 * multiple of 8, {@code clear}'s erase-display empties the pane, other escape sequences vanish.
 */
final class Scrollback {
  /** The oldest lines are dropped beyond this many. */
  static final int MAX_LINES = 5000;

  private final Deque<StyledLine> lines = new ArrayDeque<>();
  private final StringBuilder partial = new StringBuilder();
  private Style partialStyle = Style.NORMAL;
  private final StringBuilder escape = new StringBuilder();
  private final Runnable onChange;

  Scrollback(Runnable onChange) {
    this.onChange = onChange;
  }

  /** Appends output text (already decoded) in {@code style}. */
  synchronized void write(String text, Style style) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!escape.isEmpty()) {
        escape.append(c);
        if (escapeDone(c)) {
          if (escape.toString().matches("\033\\[[0-9;]*J")) {
            clearAll();
          }
          escape.setLength(0);
        }
        continue;
      }
      switch (c) {
        case '\033' -> escape.append(c);
        case '\n' -> commit();
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            continue; // CRLF is one line end
          }
          partial.setLength(0);
        }
        case '\b' -> {
          if (!partial.isEmpty()) {
            partial.setLength(partial.length() - 1);
          }
        }
        case '\t' -> partial.append(" ".repeat(8 - partial.length() % 8));
        default -> {
          if (c >= ' ' || Character.isSurrogate(c)) {
            if (partial.isEmpty()) {
              partialStyle = style;
            }
            partial.append(c);
          }
        }
      }
    }
    onChange.run();
  }

  private boolean escapeDone(char c) {
    if (escape.length() == 2) {
      return c != '[' && c != ']'; // a two-character escape
    }
    if (escape.charAt(1) == ']') {
      return c == '\007' || c == '\\'; // OSC ends with BEL or ST
    }
    return c >= '@' && c <= '~';
  }

  /** Appends a whole line of several styles (the echoed command line). */
  synchronized void add(StyledLine line) {
    if (!partial.isEmpty()) {
      commit();
    }
    push(line);
    onChange.run();
  }

  /** Ends the unfinished line, if any, so that the next output starts on a line of its own. */
  synchronized void freshLine() {
    if (!partial.isEmpty()) {
      commit();
      onChange.run();
    }
  }

  /** Removes and returns the unfinished line (a command's own prompt, such as {@code sqlite> }). */
  synchronized String takePartial() {
    String s = partial.toString();
    partial.setLength(0);
    return s;
  }

  synchronized void clearAll() {
    lines.clear();
    partial.setLength(0);
  }

  private void commit() {
    push(StyledLine.of(partial.toString(), partialStyle));
    partial.setLength(0);
    partialStyle = Style.NORMAL;
  }

  private void push(StyledLine line) {
    lines.addLast(line);
    while (lines.size() > MAX_LINES) {
      lines.removeFirst();
    }
  }

  /**
   * The screen lines that show the end of the text in a pane {@code width} wide and {@code height}
   * high, scrolled {@code back} screen lines up from the bottom (clamped to the top).
   */
  synchronized View view(int width, int height, int back) {
    List<StyledLine> visual = new ArrayList<>();
    int needed = (int) Math.min(Integer.MAX_VALUE, (long) height + Math.max(0, back));
    if (!partial.isEmpty()) {
      addWrapped(visual, StyledLine.of(partial.toString(), partialStyle), width);
    }
    Iterator<StyledLine> it = lines.descendingIterator();
    boolean more = false;
    while (it.hasNext()) {
      if (visual.size() >= needed) {
        more = true;
        break;
      }
      addWrapped(visual, it.next(), width);
    }
    // visual is newest first; pick the window and reverse it.
    int maxBack = Math.max(0, visual.size() - height);
    int from = Math.min(Math.max(0, back), maxBack);
    List<StyledLine> shown = new ArrayList<>();
    for (int i = Math.min(visual.size(), from + height) - 1; i >= from; i--) {
      shown.add(visual.get(i));
    }
    return new View(shown, from, more || from < maxBack);
  }

  /** Adds {@code line}'s pieces, broken at {@code width} columns, to a newest-first list. */
  private static void addWrapped(List<StyledLine> newestFirst, StyledLine line, int width) {
    List<StyledLine> pieces = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    int used = 0;
    for (Span s : line.spans()) {
      StringBuilder run = new StringBuilder();
      for (int i = 0; i < s.text().length(); ) {
        int cp = s.text().codePointAt(i);
        int cw = TerminalTextUtils.isCharCJK((char) cp) ? 2 : 1;
        if (used + cw > width && used > 0) {
          current.add(new Span(run.toString(), s.style()));
          pieces.add(new StyledLine(current));
          current = new ArrayList<>();
          run.setLength(0);
          used = 0;
        }
        run.appendCodePoint(cp);
        used += cw;
        i += Character.charCount(cp);
      }
      if (!run.isEmpty()) {
        current.add(new Span(run.toString(), s.style()));
      }
    }
    pieces.add(new StyledLine(current));
    for (int i = pieces.size() - 1; i >= 0; i--) {
      newestFirst.add(pieces.get(i));
    }
  }

  /**
   * What a pane shows.
   *
   * @param lines the screen lines, oldest first
   * @param back how far up from the bottom they are (after clamping)
   * @param moreAbove whether there is text above them
   */
  record View(List<StyledLine> lines, int back, boolean moreAbove) {}
}
