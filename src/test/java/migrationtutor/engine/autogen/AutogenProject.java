package migrationtutor.engine.autogen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import migrationtutor.engine.command.AlembicCli;
import migrationtutor.engine.command.Invocation;
import migrationtutor.engine.output.Console;

/**
 * A copy of the test project in src/test/resources/.../autogen/project (alembic.ini, env.py that
 * imports {@code models}, the generic script.py.mako) with a database and models module, and the
 * engine's {@code alembic} run in it with stdout and stderr merged as a terminal shows them.
 */
final class AutogenProject {
  static final Path RESOURCES = Path.of("src/test/resources/migrationtutor/engine/autogen");

  /** What one command printed and its exit status (as the shell sees it, 0-255). */
  record Result(int code, String output) {}

  private final Path dir;

  private AutogenProject(Path dir) {
    this.dir = dir;
  }

  /**
   * A project in {@code dir}.
   *
   * @param options {@code context.configure} keyword arguments, comma separated
   * @param sql statements separated by {@code ;} at a line end, run on a new database.db
   */
  static AutogenProject create(Path dir, String options, String sql, String models)
      throws IOException, SQLException {
    copy(RESOURCES.resolve("project"), dir);
    Path envPy = dir.resolve("alembic/env.py");
    StringBuilder configure = new StringBuilder();
    for (String o : options.split(",")) {
      if (!o.isBlank()) {
        configure.append("            ").append(o.strip()).append(",\n");
      }
    }
    Files.writeString(
        envPy, Files.readString(envPy).replace("            # OPTIONS\n", configure.toString()));
    Files.writeString(dir.resolve("models.py"), models);
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("database.db"));
        Statement s = db.createStatement()) {
      for (String statement : sql.split(";\\s*\n")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
    return new AutogenProject(dir);
  }

  Path dir() {
    return dir;
  }

  /** Runs the engine's {@code alembic args...}; the project's path reads {@code <project>}. */
  Result alembic(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Invocation inv =
        new Invocation(
            dir,
            List.of(args),
            Map.of("PATH", "/usr/bin:/bin"),
            Console.of(merged, merged),
            80,
            Clock.systemUTC(),
            file -> {
              throw new Exception("no editor in tests");
            },
            Path.of("/"));
    int code = AlembicCli.run(inv);
    // Python reports sys.exit(-1) as 255.
    return new Result(
        code & 0xff, bytes.toString(StandardCharsets.UTF_8).replace(dir.toString(), "<project>"));
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
