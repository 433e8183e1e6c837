package migrationtutor.engine.output;

import java.util.List;
import migrationtutor.engine.util.TextWrap;

/**
 * Alembic's {@code util.messaging}: status lines ({@code Generating ... done}) and messages on
 * stdout, indented and wrapped when stdin is a terminal.
 */
public final class Messages {
  private final Console console;

  public Messages(Console console) {
    this.console = console;
  }

  /** Writes a message line ({@code util.msg}). */
  public void msg(String message) {
    msg(message, true);
  }

  /** Writes a message, with or without the final newline. */
  public void msg(String message, boolean newline) {
    StringBuilder sb = new StringBuilder();
    if (console.stdinTerminalWidth().isEmpty()) {
      sb.append(message);
      if (newline) {
        sb.append('\n');
      }
    } else {
      List<String> lines = TextWrap.wrap(message, console.stdinTerminalWidth().getAsInt());
      if (lines.isEmpty()) {
        lines = List.of("");
      }
      for (String line : lines.subList(0, lines.size() - 1)) {
        sb.append("  ").append(line).append('\n');
      }
      sb.append("  ").append(lines.get(lines.size() - 1)).append(newline ? "\n" : "");
    }
    console.out().print(sb);
    console.out().flush();
  }

  /** An action that may fail; {@link #status} prints FAILED before rethrowing. */
  @FunctionalInterface
  public interface Step<T> {
    T run() throws Exception;
  }

  /**
   * Runs a step announced as {@code message ...} followed by {@code done} or {@code FAILED} ({@code
   * util.status}).
   */
  public <T> T status(String message, Step<T> step) throws Exception {
    msg(message + " ...", false);
    try {
      T result = step.run();
      console.out().print("  done\n");
      return result;
    } catch (Exception e) {
      console.out().print("  FAILED\n");
      throw e;
    } finally {
      console.out().flush();
    }
  }
}
