package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalTextUtils;
import java.util.ArrayList;
import java.util.List;

/** One screen line made of styled spans; widths are in terminal columns (CJK counts two). */
record StyledLine(List<Span> spans) {
  static final StyledLine EMPTY = new StyledLine(List.of());

  StyledLine {
    spans = List.copyOf(spans);
  }

  static StyledLine of(String text, Style style) {
    return new StyledLine(List.of(new Span(text, style)));
  }

  static StyledLine plain(String text) {
    return of(text, Style.NORMAL);
  }

  int width() {
    int w = 0;
    for (Span s : spans) {
      w += TerminalTextUtils.getColumnWidth(s.text());
    }
    return w;
  }

  String text() {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      b.append(s.text());
    }
    return b.toString();
  }

  /** This line with {@code prefix} spans in front. */
  StyledLine prefixed(List<Span> prefix) {
    List<Span> all = new ArrayList<>(prefix);
    all.addAll(spans);
    return new StyledLine(all);
  }

  /** This line with {@code tail} added at its end. */
  StyledLine withTail(Span tail) {
    List<Span> all = new ArrayList<>(spans);
    all.add(tail);
    return new StyledLine(all);
  }
}
