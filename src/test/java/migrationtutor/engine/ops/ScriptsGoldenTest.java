package migrationtutor.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every revision script in {@code scripts/} runs through the interpreter with the op/sa bindings,
 * offline and online on a real SQLite file, and must leave the transcript real Alembic 1.8.1 left
 * ({@code scripts.golden}, written by {@code gen_golden.py}).
 */
class ScriptsGoldenTest {
  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> scriptsBehaveAsInAlembic() {
    Map<String, String> cases = Goldens.read("scripts.golden");
    return cases.entrySet().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getKey(),
                    () -> {
                      List<String> parts = List.of(c.getKey().split(" "));
                      String script = parts.get(0);
                      boolean offline = parts.get(1).equals("offline");
                      String source = Goldens.resource("scripts/" + script + ".py");
                      ScriptRun run =
                          new ScriptRun(
                              offline, dir.resolve(script + ".db"), script.startsWith("tolerant_"));
                      assertEquals(c.getValue(), run.run(source, script), c.getKey());
                    }));
  }
}
