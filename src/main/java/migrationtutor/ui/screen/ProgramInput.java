package migrationtutor.ui.screen;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import migrationtutor.sandbox.sqlite3.LineSource;

/**
 * Standard input of the running command ({@code sqlite3 database.db}, {@code read}): the command's
 * thread waits in {@link #readLine} until the learner enters a line at the prompt, which then shows
 * the command's own prompt ({@code sqlite> }) instead of the shell's. Ctrl+D or Ctrl+C ends the
 * input.
 */
final class ProgramInput implements LineSource {
  private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();
  private final Runnable onWaiting;
  private volatile boolean waiting;

  /** {@code onWaiting} is told (on the command's thread) that a line is wanted. */
  ProgramInput(Runnable onWaiting) {
    this.onWaiting = onWaiting;
  }

  @Override
  public String readLine() {
    waiting = true;
    onWaiting.run();
    try {
      return lines.take().orElse(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      waiting = false;
    }
  }

  /** Whether the running command is waiting for a line. */
  boolean waiting() {
    return waiting;
  }

  /** Gives the waiting command a line, or the end of input when {@code line} is null. */
  void send(String line) {
    lines.add(Optional.ofNullable(line));
  }
}
