package migrationtutor.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-runs gen_golden.py with real SQLAlchemy 1.4.46 / Alembic 1.8.1, when a Python that has them is
 * installed, and checks that the committed scripts.golden is what it writes today.
 */
class GoldenGeneratorTest {
  private static final String VERSION_CHECK =
      "import sqlalchemy, alembic, sys;"
          + " sys.exit(0 if (sqlalchemy.__version__, alembic.__version__) == ('1.4.46', '1.8.1')"
          + " else 1)";

  @Test
  void committedGoldenIsCurrent(@TempDir Path out) throws Exception {
    Optional<String> python = oraclePython();
    Assumptions.assumeTrue(
        python.isPresent(),
        "no python3 with SQLAlchemy 1.4.46 and Alembic 1.8.1; goldens not re-generated");
    Path dir =
        Path.of(
                GoldenGeneratorTest.class
                    .getResource("/migrationtutor/engine/ops/gen_golden.py")
                    .toURI())
            .getParent();
    Process p =
        new ProcessBuilder(python.get(), dir.resolve("gen_golden.py").toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "gen_golden.py did not finish");
    assertEquals(0, p.exitValue(), "gen_golden.py failed:\n" + log);
    assertEquals(
        Files.readString(dir.resolve("scripts.golden")),
        Files.readString(out.resolve("scripts.golden")),
        "scripts.golden is out of date: run gen_golden.py and commit the result");
  }

  private static Optional<String> oraclePython() {
    for (String candidate : List.of("/usr/bin/python3", "python3")) {
      try {
        Process p =
            new ProcessBuilder(candidate, "-c", VERSION_CHECK).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
          return Optional.of(candidate);
        }
      } catch (IOException e) {
        // not installed under this name: try the next one
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
