package migrationtutor.ui.screen;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How each {@link Style} is drawn. The colour theme adds colour to attributes that already tell the
 * styles apart; the monochrome one ({@code NO_COLOR}, {@code --no-color}) uses only bold, underline
 * and reverse video. Words and symbols (✓, ✗, "failed") carry the meaning in both.
 */
final class Theme {
  /** How one style is drawn. */
  record Look(TextColor fg, TextColor bg, Set<SGR> sgr) {}

  private final Map<Style, Look> looks = new EnumMap<>(Style.class);
  private final boolean color;

  private Theme(boolean color) {
    this.color = color;
  }

  boolean color() {
    return color;
  }

  Look look(Style s) {
    return looks.get(s);
  }

  static Theme of(boolean color) {
    return color ? colour() : monochrome();
  }

  private static Theme colour() {
    Theme t = new Theme(true);
    TextColor d = TextColor.ANSI.DEFAULT;
    t.set(Style.NORMAL, d, d);
    t.set(Style.BOLD, d, d, SGR.BOLD);
    t.set(Style.ITALIC, d, d, SGR.ITALIC);
    t.set(Style.CODE, TextColor.ANSI.YELLOW, d);
    t.set(Style.CODE_BLOCK, TextColor.ANSI.CYAN, d);
    t.set(Style.HEADING, TextColor.ANSI.CYAN_BRIGHT, d, SGR.BOLD);
    t.set(Style.LINK, TextColor.ANSI.BLUE_BRIGHT, d, SGR.UNDERLINE);
    t.set(Style.DIM, TextColor.ANSI.WHITE, d);
    t.set(Style.PROMPT, TextColor.ANSI.GREEN_BRIGHT, d, SGR.BOLD);
    t.set(Style.COMMAND, d, d, SGR.BOLD);
    t.set(Style.ERROR, TextColor.ANSI.RED_BRIGHT, d, SGR.BOLD);
    t.set(Style.SUCCESS, TextColor.ANSI.GREEN_BRIGHT, d, SGR.BOLD);
    t.set(Style.BORDER, TextColor.ANSI.BLUE, d);
    t.set(Style.TITLE, TextColor.ANSI.WHITE_BRIGHT, d, SGR.BOLD);
    t.set(Style.TITLE_FOCUSED, TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD);
    t.set(Style.SELECTED, d, d, SGR.REVERSE);
    t.set(Style.STATUS, TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.BLUE);
    t.set(Style.STATUS_KEY, TextColor.ANSI.YELLOW_BRIGHT, TextColor.ANSI.BLUE, SGR.BOLD);
    t.set(Style.LINE_NUMBER, TextColor.ANSI.BLUE_BRIGHT, d);
    return t;
  }

  private static Theme monochrome() {
    Theme t = new Theme(false);
    TextColor d = TextColor.ANSI.DEFAULT;
    t.set(Style.NORMAL, d, d);
    t.set(Style.BOLD, d, d, SGR.BOLD);
    t.set(Style.ITALIC, d, d, SGR.ITALIC);
    t.set(Style.CODE, d, d); // the renderer keeps the backticks instead
    t.set(Style.CODE_BLOCK, d, d);
    t.set(Style.HEADING, d, d, SGR.BOLD, SGR.UNDERLINE);
    t.set(Style.LINK, d, d, SGR.UNDERLINE);
    t.set(Style.DIM, d, d);
    t.set(Style.PROMPT, d, d, SGR.BOLD);
    t.set(Style.COMMAND, d, d, SGR.BOLD);
    t.set(Style.ERROR, d, d, SGR.BOLD);
    t.set(Style.SUCCESS, d, d, SGR.BOLD);
    t.set(Style.BORDER, d, d);
    t.set(Style.TITLE, d, d, SGR.BOLD);
    t.set(Style.TITLE_FOCUSED, d, d, SGR.REVERSE, SGR.BOLD);
    t.set(Style.SELECTED, d, d, SGR.REVERSE);
    t.set(Style.STATUS, d, d, SGR.REVERSE);
    t.set(Style.STATUS_KEY, d, d, SGR.REVERSE, SGR.BOLD);
    t.set(Style.LINE_NUMBER, d, d);
    return t;
  }

  private void set(Style s, TextColor fg, TextColor bg, SGR... sgr) {
    Set<SGR> set = EnumSet.noneOf(SGR.class);
    set.addAll(java.util.List.of(sgr));
    looks.put(s, new Look(fg, bg, set));
  }
}
