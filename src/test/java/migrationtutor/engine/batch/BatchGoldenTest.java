package migrationtutor.engine.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import migrationtutor.engine.reflect.TestGoldens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each batch scenario through the engine against what real Alembic 1.8.1 did on the same database
 * (batch.golden): the statements executed or printed, the error and warnings, and sqlite_master and
 * the rows afterwards.
 */
class BatchGoldenTest {
  private static final Map<String, String> GOLDEN =
      TestGoldens.read("/migrationtutor/engine/batch/batch.golden");

  static Stream<String> scenarios() {
    return GOLDEN.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void matchesRealAlembic(String name, @TempDir Path dir) {
    BatchScenarios.Scenario s = BatchScenarios.all().get(name);
    assertEquals(GOLDEN.get(name), ScenarioRunner.run(s, dir), name);
  }

  @Test
  void everyScenarioHasAGolden() {
    assertEquals(GOLDEN.keySet(), BatchScenarios.all().keySet());
  }
}
