package migrationtutor.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every help text and every usage error of the {@code alembic} command line, against real Alembic:
 * same stdout, stderr and exit status.
 */
class CommandLineDifferentialTest {
  @TempDir static Path dir;

  @BeforeAll
  static void needsAlembic() {
    RealAlembic.assumeAvailable();
  }

  static Stream<String> commandLines() {
    return Stream.of(
        "--help",
        "-h",
        "--version",
        "",
        "branches --help",
        "current --help",
        "downgrade --help",
        "edit --help",
        "ensure_version --help",
        "heads --help",
        "history --help",
        "init --help",
        "list_templates --help",
        "merge --help",
        "revision --help",
        "show --help",
        "stamp --help",
        "upgrade --help",
        "upgrade",
        "downgrade",
        "migrate head",
        "upgrade head extra",
        "stamp",
        "merge",
        "show",
        "init",
        "revision -m",
        "revision --rev-id",
        "history -r",
        "current --verbos x",
        "-c",
        "-x",
        "--raiseerr",
        "upgrade --tag",
        "revision --he",
        "revision --re x",
        "history -vq",
        "--conf",
        "-n",
        "stamp --sql",
        "upgrade --sql=yes head",
        "edit",
        "-- upgrade head",
        "upgrade -- -1 extra",
        "history -r a:b -r");
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void sameAsAlembic(String line) {
    List<String> args = line.isEmpty() ? List.of() : List.of(line.split(" "));
    RunResult real = RealAlembic.run(dir, args, Map.of());
    RunResult ours = TutorAlembic.run(dir, args, Map.of());
    assertEquals(real.toString(), ours.toString(), "alembic " + line);
  }
}
