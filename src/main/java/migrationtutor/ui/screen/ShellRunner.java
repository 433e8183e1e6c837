package migrationtutor.ui.screen;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;

/**
 * Runs command lines on a thread of their own, one at a time, so that the screen keeps drawing
 * output as it arrives and keeps reading keys while Alembic works.
 */
final class ShellRunner implements AutoCloseable {
  private final Shell shell;
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "tutor-shell");
            t.setDaemon(true);
            return t;
          });
  private volatile boolean busy;

  ShellRunner(Shell shell) {
    this.shell = shell;
  }

  /** Starts {@code line}; {@code done} gets the exit status on the command's thread. */
  void start(String line, ShellIO io, IntConsumer done) {
    busy = true;
    thread.execute(
        () -> {
          int status;
          try {
            status = shell.run(line, io); // never throws, by contract
          } finally {
            busy = false;
          }
          done.accept(status);
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
