package migrationtutor.ui.screen;

import java.util.ArrayList;
import java.util.List;

/**
 * The text in the built-in editor: lines and a cursor. Tab inserts four spaces; Enter keeps the
 * current line's indentation (and adds four after a line ending in {@code :}, as Python blocks
 * need); Backspace inside the indentation removes back to the previous multiple of four.
 */
final class EditorBuffer {
  static final int INDENT = 4;

  private final List<StringBuilder> lines = new ArrayList<>();
  private int row;
  private int col;
  private int wantedCol; // kept while moving up and down through shorter lines
  private boolean modified;
  private final boolean crlf;
  private final boolean finalNewline;

  EditorBuffer(String text) {
    crlf = text.contains("\r\n");
    String normal = text.replace("\r\n", "\n");
    finalNewline = normal.isEmpty() || normal.endsWith("\n");
    String body = normal.endsWith("\n") ? normal.substring(0, normal.length() - 1) : normal;
    for (String l : body.split("\n", -1)) {
      lines.add(new StringBuilder(l));
    }
  }

  /** The text to save, with the file's own line ends and final newline. */
  String text() {
    StringBuilder b = new StringBuilder();
    String nl = crlf ? "\r\n" : "\n";
    for (int i = 0; i < lines.size(); i++) {
      b.append(lines.get(i));
      if (i < lines.size() - 1 || finalNewline) {
        b.append(nl);
      }
    }
    return b.toString();
  }

  int lineCount() {
    return lines.size();
  }

  String line(int i) {
    return lines.get(i).toString();
  }

  int row() {
    return row;
  }

  int col() {
    return col;
  }

  boolean modified() {
    return modified;
  }

  void moveTo(int r, int c) {
    row = Math.max(0, Math.min(r, lines.size() - 1));
    col = Math.max(0, Math.min(c, lines.get(row).length()));
    wantedCol = col;
  }

  void insert(String s) {
    String[] parts = s.replace("\t", " ".repeat(INDENT)).split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        newline(false);
      }
      lines.get(row).insert(col, parts[i]);
      col += parts[i].length();
    }
    wantedCol = col;
    modified = true;
  }

  void tab() {
    insert(" ".repeat(INDENT));
  }

  /** Enter: splits the line; the new one starts at the same indentation (deeper after a ':'). */
  void enter() {
    newline(true);
  }

  private void newline(boolean autoIndent) {
    StringBuilder current = lines.get(row);
    String rest = current.substring(col);
    current.setLength(col);
    String indent = "";
    if (autoIndent) {
      indent = leading(current.toString());
      if (current.toString().strip().isEmpty()) {
        indent = current.toString(); // an empty indented line keeps its depth
      }
      if (current.toString().stripTrailing().endsWith(":")) {
        indent += " ".repeat(INDENT);
      }
      rest = rest.stripLeading();
    }
    lines.add(row + 1, new StringBuilder(indent + rest));
    row++;
    col = indent.length();
    wantedCol = col;
    modified = true;
  }

  void backspace() {
    if (col > 0) {
      StringBuilder l = lines.get(row);
      int from = col - 1;
      if (l.substring(0, col).isBlank()) {
        from = Math.max(0, ((col - 1) / INDENT) * INDENT); // unindent one level
      }
      l.delete(from, col);
      col = from;
    } else if (row > 0) {
      StringBuilder prev = lines.get(row - 1);
      col = prev.length();
      prev.append(lines.remove(row));
      row--;
    } else {
      return;
    }
    wantedCol = col;
    modified = true;
  }

  void delete() {
    StringBuilder l = lines.get(row);
    if (col < l.length()) {
      l.deleteCharAt(col);
    } else if (row < lines.size() - 1) {
      l.append(lines.remove(row + 1));
    } else {
      return;
    }
    modified = true;
  }

  void left() {
    if (col > 0) {
      col--;
    } else if (row > 0) {
      row--;
      col = lines.get(row).length();
    }
    wantedCol = col;
  }

  void right() {
    if (col < lines.get(row).length()) {
      col++;
    } else if (row < lines.size() - 1) {
      row++;
      col = 0;
    }
    wantedCol = col;
  }

  void up(int n) {
    row = Math.max(0, row - n);
    col = Math.min(wantedCol, lines.get(row).length());
  }

  void down(int n) {
    row = Math.min(lines.size() - 1, row + n);
    col = Math.min(wantedCol, lines.get(row).length());
  }

  /** Home: to the first non-blank character, then to column 0. */
  void home() {
    int indent = leading(lines.get(row).toString()).length();
    col = col == indent ? 0 : indent;
    wantedCol = col;
  }

  void end() {
    col = lines.get(row).length();
    wantedCol = col;
  }

  /** Marks the buffer as saved. */
  void saved() {
    modified = false;
  }

  static String leading(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return s.substring(0, i);
  }
}
