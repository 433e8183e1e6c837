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
  private String sttySaved;
  private boolean restored;

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
    sttySaved = stty("-g", true);
  }

  /**
   * Gives the terminal its modes back exactly. JLine's attributes carry no line speed, so setting
   * them leaves the speed at 0 (harmless on a pseudo-terminal, but not what the learner had): the
   * state {@code stty -g} saved is restored when it could be read, JLine's otherwise.
   */
  @Override
  protected void restoreTerminalSettings() {
    restored = true; // Lanterna then turns signals back on: already done by the saved state
    // stty exits 1 on a pseudo-terminal when the speed cannot be set "exactly", having set it.
    if (sttySaved != null && stty(sttySaved, false) != null) {
      return;
    }
    if (saved != null) {
      jline.setAttributes(saved);
    }
  }

  /**
   * Runs {@code stty} on the terminal; its output, or null when it could not run (or, with {@code
   * mustSucceed}, exited with a failure).
   */
  private static String stty(String argument, boolean mustSucceed) {
    try {
      Process p =
          new ProcessBuilder("stty", argument)
              .redirectInput(new java.io.File("/dev/tty"))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return p.waitFor() == 0 || !mustSucceed ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
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
    if (restored) {
      return;
    }
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
    restored = false;
    canonicalMode(false);
    keyEchoEnabled(false);
    keyStrokeSignalsEnabled(false);
  }

  /** JLine's terminal is closed first: its own restore would leave the speed at 0 again. */
  @Override
  public void close() throws IOException {
    try {
      jline.close();
    } finally {
      super.close();
    }
  }
}
