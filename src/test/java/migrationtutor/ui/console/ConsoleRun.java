package migrationtutor.ui.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.FileEditor;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;

/** A piped console session on a workspace, with everything it printed. */
final class ConsoleRun {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

  /** What a session printed (stdout and stderr in order) and its status. */
  record Result(int status, String output) {}

  private ConsoleRun() {}

  /** Pipes {@code lines} into a console on {@code dir}. */
  static Result piped(Path dir, List<String> lines, FileEditor editor) {
    String input = String.join("\n", lines) + "\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (Workspace ws = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      Shell shell = new Shell(ws, Map.of(), CLOCK, ToolCommands::registerAll);
      PipedInput in =
          new PipedInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      ConsoleSettings settings = new ConsoleSettings(false, false, () -> 80, true, true);
      int status = new ConsoleSession(shell, settings, out, out, in, editor).run(in);
      return new Result(status, bytes.toString(StandardCharsets.UTF_8));
    }
  }

  /** An editor that applies a replacement, as an EDITOR script would. */
  static FileEditor replacing(String from, String to) {
    return (file, requested) -> Files.writeString(file, Files.readString(file).replace(from, to));
  }
}
