package migrationtutor.ui.screen;

import java.util.List;

/**
 * The text being typed at the shell pane's prompt and its cursor, with the usual line-editing moves
 * and a walk through the history that keeps the unfinished line as its newest entry.
 */
final class InputLine {
  private final StringBuilder text = new StringBuilder();
  private int cursor;
  private List<String> history = List.of();
  private int historyIndex; // == history.size() while editing the draft
  private String draft = "";

  String text() {
    return text.toString();
  }

  int cursor() {
    return cursor;
  }

  void set(String s, int newCursor) {
    text.setLength(0);
    text.append(s);
    cursor = Math.max(0, Math.min(newCursor, text.length()));
  }

  void clear() {
    set("", 0);
    historyIndex = history.size();
  }

  /** Starts a new line with {@code entries} as the history (oldest first). */
  void resetHistory(List<String> entries) {
    history = List.copyOf(entries);
    historyIndex = history.size();
  }

  void insert(String s) {
    text.insert(cursor, s);
    cursor += s.length();
  }

  void backspace() {
    if (cursor > 0) {
      int n = Character.isLowSurrogate(text.charAt(cursor - 1)) && cursor > 1 ? 2 : 1;
      text.delete(cursor - n, cursor);
      cursor -= n;
    }
  }

  void delete() {
    if (cursor < text.length()) {
      int n = Character.isHighSurrogate(text.charAt(cursor)) && cursor + 1 < text.length() ? 2 : 1;
      text.delete(cursor, cursor + n);
    }
  }

  void left() {
    cursor = Math.max(0, cursor - 1);
  }

  void right() {
    cursor = Math.min(text.length(), cursor + 1);
  }

  void home() {
    cursor = text.lastIndexOf("\n", cursor - 1) + 1;
  }

  void end() {
    int nl = text.indexOf("\n", cursor);
    cursor = nl < 0 ? text.length() : nl;
  }

  /** Ctrl+Left: to the start of the previous word. */
  void wordLeft() {
    while (cursor > 0 && text.charAt(cursor - 1) == ' ') {
      cursor--;
    }
    while (cursor > 0 && text.charAt(cursor - 1) != ' ') {
      cursor--;
    }
  }

  /** Ctrl+Right: past the end of the next word. */
  void wordRight() {
    while (cursor < text.length() && text.charAt(cursor) == ' ') {
      cursor++;
    }
    while (cursor < text.length() && text.charAt(cursor) != ' ') {
      cursor++;
    }
  }

  /** Ctrl+W: removes the word before the cursor. */
  void deleteWordBefore() {
    int end = cursor;
    wordLeft();
    text.delete(cursor, end);
  }

  /** Ctrl+U: removes everything before the cursor. */
  void deleteToStart() {
    text.delete(0, cursor);
    cursor = 0;
  }

  /** Ctrl+K: removes everything after the cursor. */
  void deleteToEnd() {
    text.setLength(cursor);
  }

  /** Up: the previous history entry (the typed line is kept to come back to). */
  void previous() {
    if (historyIndex == 0) {
      return;
    }
    if (historyIndex == history.size()) {
      draft = text.toString();
    }
    historyIndex--;
    set(history.get(historyIndex), Integer.MAX_VALUE);
  }

  /** Down: the next history entry, and finally the line that was being typed. */
  void next() {
    if (historyIndex >= history.size()) {
      return;
    }
    historyIndex++;
    set(historyIndex == history.size() ? draft : history.get(historyIndex), Integer.MAX_VALUE);
  }
}
