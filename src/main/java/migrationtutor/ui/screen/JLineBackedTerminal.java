package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/**
 * Lanterna's ANSI terminal on the process's terminal, with the terminal modes, size and resize
 * signal taken from JLine's JNI terminal (as the plain console uses). Lanterna's own {@code
 * UnixTerminal} would start an {@code stty} process for each of these, and it leaves flow control
 * on, which swallows Ctrl+S and Ctrl+Q before the tutor could see them.
 */
final class JLineBackedTerminal extends UnixLikeTerminal implements TerminalHost {
  private final Terminal jline;
  private Attributes saved;

  JLineBackedTerminal(Terminal jline) throws IOException {
    super(
        new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out),
        StandardCharsets.UTF_8,
        CtrlCBehaviour.TRAP);
    this.jline = jline;
    super.acquire(); // skipped while the superclass was being built (jline was not set yet)
  }

  @Override
  protected void acquire() throws IOException {
    if (jline != null) {
      super.acquire();
    }
  }

  @Override
  protected TerminalSize findTerminalSize() {
    Size s = jline.getSize();
    int cols = s.getColumns() > 0 ? s.getColumns() : 80;
    int rows = s.getRows() > 0 ? s.getRows() : 24;
    return new TerminalSize(cols, rows);
  }

  @Override
  protected void registerTerminalResizeListener(Runnable onResize) {
    jline.handle(
        Terminal.Signal.WINCH,
        signal -> {
          TerminalSize size = findTerminalSize();
          onResized(size);
          onResize.run();
        });
  }

  @Override
  protected void saveTerminalSettings() {
    saved = jline.getAttributes();
  }

  @Override
  protected void restoreTerminalSettings() {
    if (saved != null) {
      jline.setAttributes(saved);
    }
  }

  @Override
  protected void keyEchoEnabled(boolean enabled) {
    change(a -> a.setLocalFlag(LocalFlag.ECHO, enabled));
  }

  @Override
  protected void canonicalMode(boolean enabled) {
    change(
        a -> {
          a.setLocalFlag(LocalFlag.ICANON, enabled);
          a.setLocalFlag(LocalFlag.IEXTEN, enabled); // Ctrl+V, Ctrl+O reach the tutor
          a.setInputFlag(
              InputFlag.IXON, enabled && saved != null && saved.getInputFlag(InputFlag.IXON));
          if (!enabled) {
            a.setControlChar(ControlChar.VMIN, 1);
            a.setControlChar(ControlChar.VTIME, 0);
          }
        });
  }

  @Override
  protected void keyStrokeSignalsEnabled(boolean enabled) {
    change(a -> a.setLocalFlag(LocalFlag.ISIG, enabled));
  }

  private void change(java.util.function.Consumer<Attributes> edit) {
    Attributes a = jline.getAttributes();
    edit.accept(a);
    jline.setAttributes(a);
  }

  /** Gives the terminal back as it was (for the learner's own editor). */
  @Override
  public void suspend() throws IOException {
    restoreTerminalSettings();
  }

  /** Takes the terminal again after {@link #suspend}. */
  @Override
  public void resume() throws IOException {
    canonicalMode(false);
    keyEchoEnabled(false);
    keyStrokeSignalsEnabled(false);
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      jline.close();
    }
  }
}
