package migrationtutor.ui.screen;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work handed to the screen's own thread, which alone touches the screen and its state: the
 * command's thread posts "output arrived", "command finished", "open the editor" here. Repaint
 * requests are coalesced, so a command pouring out output costs one repaint per wake-up.
 */
final class UiQueue {
  private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  private final AtomicBoolean repaint = new AtomicBoolean(true);
  private static final Runnable WAKE = () -> {};

  /** Runs {@code task} on the screen's thread. */
  void post(Runnable task) {
    tasks.add(task);
  }

  /** Asks for a repaint (from any thread). */
  void repaint() {
    if (repaint.compareAndSet(false, true)) {
      tasks.add(WAKE);
    }
  }

  /** Runs {@code task} on the screen's thread and waits for its result (never from that thread). */
  <T> T call(Supplier<T> task) throws InterruptedException {
    CompletableFuture<T> result = new CompletableFuture<>();
    post(
        () -> {
          try {
            result.complete(task.get());
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    try {
      return result.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  /** The next task, waiting up to {@code millis}; null when none came. */
  Runnable next(long millis) throws InterruptedException {
    return millis <= 0 ? tasks.poll() : tasks.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Whether a repaint was asked for since the last call (and clears the request). */
  boolean takeRepaint() {
    return repaint.getAndSet(false);
  }

  boolean isEmpty() {
    return tasks.isEmpty();
  }
}
