package migrationtutor.ui.screen;

/** A run of text in one {@link Style}. */
record Span(String text, Style style) {
  static Span of(String text) {
    return new Span(text, Style.NORMAL);
  }
}
