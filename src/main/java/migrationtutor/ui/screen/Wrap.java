package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping of styled text to a width in terminal columns. A word longer than the width is
 * broken; continuation lines start with {@code indent} (a list item's hanging indent, a code
 * block's gutter).
 */
final class Wrap {
  private Wrap() {}

  static List<StyledLine> words(StyledLine line, int width, List<Span> indent) {
    List<StyledLine> out = new ArrayList<>();
    int indentWidth = new StyledLine(indent).width();
    if (width <= indentWidth + 1) {
      out.add(line);
      return out;
    }
    List<Span> current = new ArrayList<>();
    int used = 0;
    for (Span span : line.spans()) {
      for (String token : tokens(span.text())) {
        int w = TerminalTextUtils.getColumnWidth(token);
        boolean blank = token.isBlank();
        if (used + w > width && used > indentWidth && !current.isEmpty()) {
          out.add(new StyledLine(trimEnd(current)));
          current = new ArrayList<>(indent);
          used = indentWidth;
          if (blank) {
            continue; // a line never starts with the space it was broken at
          }
        }
        while (used + w > width) { // a word longer than a whole line
          String head = Canvas.fit(token, width - used);
          if (head.isEmpty()) {
            break;
          }
          current.add(new Span(head, span.style()));
          out.add(new StyledLine(current));
          current = new ArrayList<>(indent);
          used = indentWidth;
          token = token.substring(head.length());
          w = TerminalTextUtils.getColumnWidth(token);
        }
        if (!token.isEmpty()) {
          current.add(new Span(token, span.style()));
          used += w;
        }
      }
    }
    out.add(new StyledLine(trimEnd(current)));
    return out;
  }

  /** Plain text hard-broken at {@code width} columns (command output, code), never reflowed. */
  static List<String> hard(String text, int width) {
    List<String> out = new ArrayList<>();
    if (width <= 0 || TerminalTextUtils.getColumnWidth(text) <= width) {
      out.add(text);
      return out;
    }
    String rest = text;
    while (!rest.isEmpty()) {
      String head = Canvas.fit(rest, width);
      if (head.isEmpty()) {
        head = rest.substring(0, Character.charCount(rest.codePointAt(0)));
      }
      out.add(head);
      rest = rest.substring(head.length());
    }
    return out;
  }

  /** Words and the blanks between them, in order. */
  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int j = i;
      boolean space = s.charAt(i) == ' ';
      while (j < s.length() && (s.charAt(j) == ' ') == space) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  private static List<Span> trimEnd(List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
