package migrationtutor.engine.env;

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

/** One in-process {@code alembic} run and what it printed. */
record EngineRun(int exit, String out, String err) {
  static EngineRun of(Path dir, Map<String, String> env, Path sandboxRoot, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        AlembicCli.run(
            new Invocation(
                dir,
                List.of(args),
                env,
                Console.of(
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)),
                80,
                Clock.systemDefaultZone(),
                f -> {},
                sandboxRoot));
    return new EngineRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "[exit " + exit + "]\n" + out + err;
  }
}
