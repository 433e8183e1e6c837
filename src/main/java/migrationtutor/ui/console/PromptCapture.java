package migrationtutor.ui.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal output of running commands, holding back an unfinished last line: a command that
 * prompts ({@code sqlite> }, {@code read -p}) writes its prompt without a newline and then reads,
 * and the line editor must draw that prompt itself to edit the line after it correctly. The held
 * text is taken as the prompt, or written out when the command ends.
 */
final class PromptCapture extends OutputStream {
  private final OutputStream target;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
  private boolean atLineStart = true;

  PromptCapture(OutputStream target) {
    this.target = target;
  }

  @Override
  public synchronized void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) throws IOException {
    int lastNewline = -1;
    for (int i = off + len - 1; i >= off; i--) {
      if (b[i] == '\n') {
        lastNewline = i;
        break;
      }
    }
    if (lastNewline < 0) {
      pending.write(b, off, len);
      return;
    }
    pending.writeTo(target);
    pending.reset();
    target.write(b, off, lastNewline - off + 1);
    atLineStart = true;
    pending.write(b, lastNewline + 1, off + len - lastNewline - 1);
    target.flush();
  }

  @Override
  public synchronized void flush() throws IOException {
    target.flush();
  }

  /** The unfinished line, which the caller shows as its prompt instead. */
  synchronized String takePending() {
    String s = pending.toString(StandardCharsets.UTF_8);
    pending.reset();
    return s;
  }

  /**
   * Writes any unfinished line out and ends it, so the next prompt starts on a line of its own (as
   * zsh does; the line editor cannot draw after text it did not write).
   */
  synchronized void freshLine() {
    try {
      if (pending.size() > 0) {
        // Escape sequences alone (clear's) leave the cursor where a line starts.
        String text =
            pending.toString(StandardCharsets.UTF_8).replaceAll("\033\\[[0-9;?]*[A-Za-z]", "");
        pending.writeTo(target);
        pending.reset();
        atLineStart = text.isEmpty();
      }
      if (!atLineStart) {
        target.write('\n');
        atLineStart = true;
      }
      target.flush();
    } catch (IOException e) {
      // The terminal is gone; the next read notices.
    }
  }
}
