package migrationtutor.differential;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.command.AlembicCli;
import migrationtutor.engine.command.Invocation;
import migrationtutor.engine.output.Console;

/** Runs the tutor's engine in-process, as {@code tutor.jar alembic} would in {@code dir}. */
final class TutorAlembic {
  private TutorAlembic() {}

  static RunResult run(Path dir, List<String> args, Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Map<String, String> environment = new HashMap<>(env);
    environment.putIfAbsent("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    Invocation inv =
        new Invocation(
            dir,
            args,
            environment,
            Console.of(o, e),
            80,
            Clock.systemDefaultZone(),
            file -> {
              throw new Exception("no editor in tests");
            },
            Path.of("/"));
    int code = AlembicCli.run(inv);
    return new RunResult(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
