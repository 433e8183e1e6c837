package migrationtutor.engine.command;

import java.io.PrintStream;
import migrationtutor.engine.PythonError;

/**
 * Prints a {@link PythonError} the way Python prints an uncaught exception: a traceback header, the
 * frame in the learner's own file when known, and the exception lines.
 */
final class ErrorReport {
  private ErrorReport() {}

  static void printTraceback(PythonError e, PrintStream err) {
    StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
    e.frame()
        .ifPresent(
            f -> {
              sb.append("  File \"").append(f.path()).append("\", line ").append(f.line());
              if (f.function() != null) {
                sb.append(", in ").append(f.function());
              }
              sb.append('\n');
              if (f.sourceLine() != null && !f.sourceLine().isBlank()) {
                String stripped = f.sourceLine().strip();
                sb.append("    ").append(stripped).append('\n');
                if (f.caretColumn() > 0) {
                  int leading = f.sourceLine().indexOf(stripped);
                  int col = Math.max(0, f.caretColumn() - 1 - leading);
                  sb.append("    ")
                      .append(" ".repeat(Math.min(col, stripped.length())))
                      .append("^\n");
                }
              }
            });
    sb.append(e.exceptionLine()).append('\n');
    for (String detail : e.details()) {
      sb.append(detail).append('\n');
    }
    err.print(sb);
    err.flush();
  }
}
