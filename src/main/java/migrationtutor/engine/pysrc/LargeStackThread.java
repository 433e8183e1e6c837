package migrationtutor.engine.pysrc;

/**
 * A thread with a stack large enough for the parser (and the evaluator) at any nesting depth they
 * allow. Code already running on one parses in place instead of starting a parser thread per file.
 */
public final class LargeStackThread extends Thread {
  /** The stack reserved: nesting is bounded, so this always suffices even before the JIT. */
  public static final long STACK_BYTES = 64L * 1024 * 1024;

  public LargeStackThread(String name, Runnable body) {
    super(null, body, name, STACK_BYTES);
  }

  /**
   * Runs {@code body} on a new large-stack thread and waits for it, returning its result or
   * rethrowing what it threw; runs it in place when already on one.
   */
  public static <T> T call(String name, java.util.function.Supplier<T> body) {
    if (current()) {
      return body.get();
    }
    Object[] outcome = new Object[1];
    Thread worker =
        new LargeStackThread(
            name,
            () -> {
              try {
                outcome[0] = body.get();
              } catch (RuntimeException | Error e) {
                outcome[0] = new Failure(e);
              }
            });
    worker.start();
    boolean interrupted = false;
    while (true) {
      try {
        worker.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (outcome[0] instanceof Failure f) {
      if (f.thrown() instanceof RuntimeException e) {
        throw e;
      }
      throw (Error) f.thrown();
    }
    @SuppressWarnings("unchecked")
    T result = (T) outcome[0];
    return result;
  }

  private record Failure(Throwable thrown) {}

  /** Whether the current thread is one of these. */
  static boolean current() {
    return Thread.currentThread() instanceof LargeStackThread;
  }
}
