package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in editor on one file: line numbers, Ctrl+S saves and closes, Esc closes (asking first
 * when there are unsaved changes). The command that opened it ({@code edit}, on the shell's thread)
 * waits on {@link #closed()}.
 */
final class EditorPane {
  private final Path file;
  private final String name;
  private final EditorBuffer buffer;
  private final CompletableFuture<Boolean> closed = new CompletableFuture<>();
  private int top = -1; // -1: not drawn yet, the first frame centres the cursor
  private int left;
  private boolean confirmingCancel;
  private String message = "";

  EditorPane(Path file, String name, String text) {
    this.file = file;
    this.name = name;
    this.buffer = new EditorBuffer(text);
    int[] at = CursorPlacement.of(buffer);
    buffer.moveTo(at[0], at[1]);
  }

  EditorBuffer buffer() {
    return buffer;
  }

  /** Completes with true when saved, false when cancelled. */
  CompletableFuture<Boolean> closed() {
    return closed;
  }

  /** Handles a key; a failure to save is shown in the editor, which stays open. */
  void key(KeyStroke k) {
    if (confirmingCancel) {
      confirm(k);
      return;
    }
    message = "";
    KeyType t = k.getKeyType();
    boolean ctrl = k.isCtrlDown();
    Character ch = k.getCharacter();
    if (t == KeyType.Character && ctrl && (ch == 's' || ch == 'o')) {
      save();
    } else if (t == KeyType.Escape
        || (t == KeyType.Character && ctrl && ch == 'q')
        || t == KeyType.F10) {
      if (buffer.modified()) {
        confirmingCancel = true;
      } else {
        closed.complete(false);
      }
    } else if (t == KeyType.Character && !ctrl && !k.isAltDown()) {
      buffer.insert(String.valueOf(ch));
    } else {
      move(k);
    }
  }

  private void move(KeyStroke k) {
    switch (k.getKeyType()) {
      case Enter -> buffer.enter();
      case Tab -> buffer.tab();
      case Backspace -> buffer.backspace();
      case Delete -> buffer.delete();
      case ArrowLeft -> buffer.left();
      case ArrowRight -> buffer.right();
      case ArrowUp -> buffer.up(1);
      case ArrowDown -> buffer.down(1);
      case PageUp -> buffer.up(20);
      case PageDown -> buffer.down(20);
      case Home -> {
        if (k.isCtrlDown()) {
          buffer.moveTo(0, 0);
        } else {
          buffer.home();
        }
      }
      case End -> {
        if (k.isCtrlDown()) {
          buffer.moveTo(buffer.lineCount() - 1, Integer.MAX_VALUE);
        } else {
          buffer.end();
        }
      }
      default -> {}
    }
  }

  private void confirm(KeyStroke k) {
    Character ch =
        k.getKeyType() == KeyType.Character ? Character.toLowerCase(k.getCharacter()) : null;
    if (ch != null && ch == 'y') {
      closed.complete(false);
    } else if (ch != null && ch == 's') {
      confirmingCancel = false;
      save();
    } else {
      confirmingCancel = false;
      message = "Still editing.";
    }
  }

  private void save() {
    try {
      Files.writeString(file, buffer.text(), StandardCharsets.UTF_8);
      buffer.saved();
      closed.complete(true);
    } catch (IOException | RuntimeException e) {
      message = "Could not save: " + e.getMessage();
    }
  }

  /** Draws the editor in {@code r}; returns where the terminal cursor goes. */
  TerminalPosition draw(Canvas c, Rect r) {
    c.box(r, "Edit " + name + (buffer.modified() ? " (modified)" : ""), true);
    Rect in = r.inner();
    int textRows = in.height() - 1;
    int gutter = Math.max(3, String.valueOf(buffer.lineCount()).length()) + 1;
    int textWidth = in.width() - gutter - 1;
    if (textRows <= 0 || textWidth <= 4) {
      return null;
    }
    // Keep the cursor in view; at first show the lines around it (the rest of the function).
    if (top < 0) {
      top = Math.max(0, buffer.row() - textRows / 3);
    } else if (buffer.row() < top) {
      top = buffer.row();
    } else if (buffer.row() >= top + textRows) {
      top = buffer.row() - textRows + 1;
    }
    if (buffer.col() < left) {
      left = Math.max(0, buffer.col() - textWidth / 2);
    } else if (buffer.col() >= left + textWidth) {
      left = buffer.col() - textWidth + 8;
    }
    for (int i = 0; i < textRows; i++) {
      int n = top + i;
      int y = in.row() + i;
      if (n < buffer.lineCount()) {
        String number = String.format("%" + (gutter - 1) + "d ", n + 1);
        c.text(in.col(), y, number, n == buffer.row() ? Style.BOLD : Style.LINE_NUMBER, gutter);
        String line = buffer.line(n);
        String shown = left < line.length() ? line.substring(left) : "";
        c.line(in.col() + gutter, y, StyledLine.plain(shown), in.width() - gutter, Style.NORMAL);
      } else {
        c.line(
            in.col(),
            y,
            StyledLine.of(" ".repeat(gutter - 2) + "~", Style.DIM),
            in.width(),
            Style.NORMAL);
      }
    }
    String bottom =
        confirmingCancel
            ? "Discard your changes? y = discard, s = save, any other key = keep editing"
            : !message.isEmpty()
                ? message
                : "Line "
                    + (buffer.row() + 1)
                    + ", column "
                    + (buffer.col() + 1)
                    + "   Ctrl+S save and close · Esc cancel";
    Style bottomStyle =
        confirmingCancel || message.startsWith("Could not") ? Style.ERROR : Style.DIM;
    c.line(
        in.col(),
        in.row() + textRows,
        StyledLine.of(" " + bottom, bottomStyle),
        in.width(),
        Style.NORMAL);
    if (confirmingCancel) {
      return null;
    }
    return new TerminalPosition(
        in.col() + gutter + buffer.col() - left, in.row() + buffer.row() - top);
  }

  Path file() {
    return file;
  }
}
