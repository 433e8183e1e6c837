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

  /** Whether the current thread is one of these. */
  static boolean current() {
    return Thread.currentThread() instanceof LargeStackThread;
  }
}
