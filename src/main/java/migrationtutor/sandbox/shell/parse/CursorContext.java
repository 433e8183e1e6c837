package migrationtutor.sandbox.shell.parse;

import java.util.List;

/**
 * Where the cursor is in a line being typed, for completion.
 *
 * @param words the command's words before the one at the cursor (quotes removed)
 * @param prefix the word at the cursor up to the cursor (quotes removed), maybe empty
 * @param wordStart the offset in the line where that word starts
 * @param openQuote the quote character still open at the cursor, or 0
 * @param afterRedirect whether the word is the target of {@code >} or {@code >>}
 */
public record CursorContext(
    List<String> words, String prefix, int wordStart, char openQuote, boolean afterRedirect) {
  public CursorContext {
    words = List.copyOf(words);
  }
}
