package migrationtutor.ui.screen;

import java.util.List;

/**
 * The panel above the shell: a step that passed, a check that failed (in the check's own words), a
 * hint, or an unexpected problem. Its kind is said in words and a symbol, never by colour alone.
 *
 * @param kind what it is
 * @param title the panel's title
 * @param lines the text, one entry per paragraph (wrapped to the panel)
 * @param markdown whether the lines are Markdown (a hint as the lesson wrote it) or plain text
 */
record Feedback(Kind kind, String title, List<String> lines, boolean markdown) {
  Feedback {
    lines = List.copyOf(lines);
  }

  Feedback(Kind kind, String title, List<String> lines) {
    this(kind, title, lines, false);
  }

  enum Kind {
    PASSED("✓ ", Style.SUCCESS),
    FAILED("✗ ", Style.ERROR),
    HINT("? ", Style.BOLD),
    INFO("i ", Style.BOLD),
    ERROR("! ", Style.ERROR);

    final String symbol;
    final Style style;

    Kind(String symbol, Style style) {
      this.symbol = symbol;
      this.style = style;
    }
  }
}
