package migrationtutor.ui.screen;

/**
 * What a piece of text is, independent of how it is drawn: {@link Theme} decides the colours, or
 * (with {@code NO_COLOR}) bold, underline and reverse video only, so that no meaning depends on
 * colour.
 */
enum Style {
  NORMAL,
  BOLD,
  ITALIC,
  CODE,
  CODE_BLOCK,
  HEADING,
  LINK,
  DIM,
  PROMPT,
  COMMAND,
  ERROR,
  SUCCESS,
  BORDER,
  TITLE,
  TITLE_FOCUSED,
  SELECTED,
  STATUS,
  STATUS_KEY,
  LINE_NUMBER
}
