package migrationtutor.ui.console;

/**
 * A completed word written back into the line so that the shell reads it as the same word (used by
 * the console and the full-screen tutor).
 */
public final class Quoting {
  private static final String SPECIAL = " \t'\"\\$`|&;<>()*?[]#!{}";

  private Quoting() {}

  /**
   * {@code word} quoted as the word being completed was: inside {@code '} or {@code "} if one was
   * open (closed when the word is complete), otherwise with backslashes before special characters.
   */
  public static String escape(String word, char openQuote, boolean complete) {
    if (openQuote == '\'') {
      return "'" + word.replace("'", "'\\''") + (complete ? "'" : "");
    }
    if (openQuote == '"') {
      return "\"" + word.replaceAll("([\"\\\\$`])", "\\\\$1") + (complete ? "\"" : "");
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean tilde = c == '~' && i == 0;
      if (SPECIAL.indexOf(c) >= 0 && !tilde) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
