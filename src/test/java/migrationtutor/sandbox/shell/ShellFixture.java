package migrationtutor.sandbox.shell;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;

/** A workspace and a shell on it, with output captured; closes the workspace when done. */
public final class ShellFixture implements AutoCloseable {
  /** What one line printed and returned. */
  public record Result(int status, String out, String err) {
    /** Standard output then standard error, as a terminal shows them. */
    public String all() {
      return out + err;
    }
  }

  public final Workspace workspace;
  public final Shell shell;
  public final Deque<String> input = new ArrayDeque<>();
  public FileEditor editor =
      (file, requested) -> {
        throw new Exception("no editor in this test");
      };
  public boolean interactive;
  public boolean terminal;
  public int width = 80;

  public ShellFixture(Path dir) {
    this(dir, Clock.systemDefaultZone());
  }

  public ShellFixture(Path dir, Clock clock) {
    this.workspace = Workspace.open(dir, Workspace.DEFAULT_STARTER);
    this.shell = new Shell(workspace, Map.of("EDITOR", "true"), clock, ToolCommands::registerAll);
  }

  /** A clock fixed at 2024-05-01 12:00 UTC. */
  public static Clock fixedClock() {
    return Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
  }

  /** Runs one line. */
  public Result run(String line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = shell.run(line, io(out, err));
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs one line with {@code lines} as its input. */
  public Result run(String line, List<String> lines) {
    input.addAll(lines);
    return run(line);
  }

  public ShellIO io(ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return new ShellIO(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        input::poll,
        interactive,
        terminal,
        width,
        editor);
  }

  public Path root() {
    return workspace.root();
  }

  @Override
  public void close() {
    workspace.close();
  }
}
