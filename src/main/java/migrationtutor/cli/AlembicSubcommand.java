package migrationtutor.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import migrationtutor.engine.command.AlembicCli;
import migrationtutor.engine.command.Invocation;
import migrationtutor.engine.output.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code tutor.jar alembic ARGS}: the embedded engine on its own, in the current directory, with
 * Alembic's own command line (parsed by the engine so usage errors read exactly like Alembic's).
 */
@Command(
    name = "alembic",
    description = "Run the embedded Alembic-compatible engine in the current directory.",
    helpCommand = false,
    mixinStandardHelpOptions = false)
final class AlembicSubcommand implements Callable<Integer> {
  @Unmatched List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    migrationtutor.engine.sqlite.Warmup.start();
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Map<String, String> env = System.getenv();
    Console console = Console.of(out, err, TerminalProbe.width(0));
    Invocation inv =
        new Invocation(
            Path.of("").toAbsolutePath(),
            args,
            env,
            console,
            TerminalProbe.columns(env),
            Clock.systemDefaultZone(),
            ExternalEditor::open,
            Path.of("/"));
    try {
      return AlembicCli.run(inv);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
