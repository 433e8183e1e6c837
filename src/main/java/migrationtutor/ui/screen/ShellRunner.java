package migrationtutor.ui.screen;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs command lines on a thread of their own, one at a time, so that the screen keeps drawing
 * output as it arrives and keeps reading keys while Alembic works.
 */
final class ShellRunner implements AutoCloseable {
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "tutor-shell");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean busy;

  /** Runs {@code work} (a command line and what follows it) on the command's thread. */
  void start(Runnable work) {
    busy = true;
    thread.execute(
        () -> {
          try {
            work.run();
          } finally {
            busy = false;
          }
        });
  }

  boolean busy() {
    return busy;
  }

  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
