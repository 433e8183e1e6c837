package migrationtutor.engine.output;

import java.io.PrintStream;
import java.util.OptionalInt;

/**
 * Where the engine's text goes: the process streams for {@code tutor.jar alembic}, captured buffers
 * for the sandbox shell and for tests.
 */
public interface Console {
  /** Standard output. */
  PrintStream out();

  /** Standard error. */
  PrintStream err();

  /**
   * The terminal width when standard input is a terminal. Alembic indents and wraps its stdout
   * messages in that case ({@code util.messaging.TERMWIDTH}).
   */
  OptionalInt stdinTerminalWidth();

  /** A console on two streams, with no terminal on stdin. */
  static Console of(PrintStream out, PrintStream err) {
    return of(out, err, OptionalInt.empty());
  }

  /** A console on two streams with the given stdin terminal width. */
  static Console of(PrintStream out, PrintStream err, OptionalInt width) {
    return new Console() {
      @Override
      public PrintStream out() {
        return out;
      }

      @Override
      public PrintStream err() {
        return err;
      }

      @Override
      public OptionalInt stdinTerminalWidth() {
        return width;
      }
    };
  }
}
