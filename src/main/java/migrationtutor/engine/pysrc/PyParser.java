package migrationtutor.engine.pysrc;

import java.util.concurrent.atomic.AtomicReference;

/** Parses a Python 3.11 module into an AST, or explains why it is not valid Python. */
public final class PyParser {
  private PyParser() {}

  /**
   * Parses source as the contents of fileName (which is only used in messages).
   *
   * @return the module; never null
   * @throws PySyntaxError for any input that CPython 3.11 would reject, for the constructs this
   *     parser does not support (match statements), and for input nested too deeply
   */
  public static Module parse(String source, String fileName) {
    if (source == null || fileName == null) {
      throw new NullPointerException("source and fileName are required");
    }
    if (LargeStackThread.current()) {
      return Parser.parse(source, fileName);
    }
    AtomicReference<Object> result = new AtomicReference<>();
    Thread worker =
        new LargeStackThread(
            "python-parser",
            () -> {
              try {
                result.set(Parser.parse(source, fileName));
              } catch (RuntimeException | Error e) {
                result.set(e);
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
    Object r = result.get();
    if (r instanceof Module m) {
      return m;
    }
    if (r instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) r;
  }
}
