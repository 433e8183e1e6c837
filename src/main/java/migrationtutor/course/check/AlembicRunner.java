package migrationtutor.course.check;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.command.AlembicCli;
import migrationtutor.engine.command.Invocation;
import migrationtutor.engine.output.Console;

/** Runs the embedded engine on a scratch copy and keeps what it printed. */
final class AlembicRunner {
  /** An alembic command's exit status and its stdout and stderr, in order. */
  record Outcome(int status, String output) {
    boolean ok() {
      return status == 0;
    }

    /**
     * The line that says what went wrong: the {@code FAILED:} message, or the exception line that
     * ends a traceback ({@code sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) ...}).
     */
    String error() {
      String[] lines = output.split("\n");
      for (String l : lines) {
        if (l.startsWith("FAILED: ")) {
          return l.substring("FAILED: ".length()).strip();
        }
      }
      // SQLAlchemy's error is the line before its [SQL: ...] block, which may span lines.
      int end = lines.length - 1;
      for (int i = lines.length - 1; i >= 0; i--) {
        if (lines[i].startsWith("[SQL:")) {
          end = i - 1;
          break;
        }
      }
      for (int i = end; i >= 0; i--) {
        String l = lines[i];
        if (l.isBlank()
            || Character.isWhitespace(l.charAt(0))
            || l.startsWith("[SQL:")
            || l.startsWith("[parameters:")
            || l.startsWith("(Background on this error")
            || l.startsWith("INFO ")
            || l.startsWith("ERROR [")
            || l.startsWith("WARNI")) {
          continue;
        }
        return l.strip();
      }
      return "alembic exited with status " + status;
    }
  }

  private AlembicRunner() {}

  static Outcome run(Path dir, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Invocation inv =
        new Invocation(
            dir,
            List.of(args),
            Map.of(),
            Console.of(out, out),
            80,
            Clock.systemDefaultZone(),
            file -> {
              throw new Exception("no editor in a scratch copy");
            },
            dir);
    int status = AlembicCli.run(inv);
    out.flush();
    return new Outcome(status, bytes.toString(StandardCharsets.UTF_8));
  }
}
