package migrationtutor.engine.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on every case of cases.txt — autogenerate, upgrade, autogenerate again — against
 * autogen.golden, which gen_autogen_golden.py wrote with real Alembic 1.8.1: the Detected lines,
 * the whole generated file (imports, flat or batch rendering, op.f names, reflected types), whether
 * the rendered code runs, and that the round trip finds nothing left to do.
 */
class AutogenGoldenTest {
  private static final Path DIR = AutogenProject.RESOURCES;
  private static final Pattern CASE = Pattern.compile("(?m)^=== ");
  private static final Pattern CREATE_DATE = Pattern.compile("Create Date: .*");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> casesMatchRealAlembic() throws IOException {
    Map<String, String> golden = sections(Files.readString(DIR.resolve("autogen.golden")));
    List<Case> cases = Case.parse(Files.readString(DIR.resolve("cases.txt")));
    assertEquals(
        golden.keySet(),
        cases.stream().map(Case::name).toList().stream()
            .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
        "autogen.golden is out of date with cases.txt: run gen_autogen_golden.py");
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(), () -> assertEquals(golden.get(c.name()), run(c))));
  }

  /** Re-runs the generator with real Alembic when installed: the committed golden is current. */
  @Test
  void goldenIsCurrent(@TempDir Path out) throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/alembic")), "real Alembic is not installed");
    Process p =
        new ProcessBuilder(
                "/usr/bin/python3", DIR.resolve("gen_autogen_golden.py").toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "gen_autogen_golden.py did not finish");
    assertEquals(0, p.exitValue(), "gen_autogen_golden.py failed:\n" + log);
    assertEquals(
        Files.readString(DIR.resolve("autogen.golden")),
        Files.readString(out.resolve("autogen.golden")),
        "autogen.golden is out of date: run gen_autogen_golden.py and commit the result");
  }

  private static Map<String, String> sections(String golden) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String block : CASE.split(golden)) {
      if (!block.isEmpty()) {
        out.put(block.substring(0, block.indexOf('\n')), "=== " + block);
      }
    }
    return out;
  }

  // The same steps as gen_autogen_golden.py's run_case, on the engine.
  private String run(Case c) throws Exception {
    AutogenProject project =
        AutogenProject.create(tmp.resolve(c.name()), c.options(), c.sql(), c.models());
    List<String> out = new ArrayList<>();
    out.add("=== " + c.name());
    AutogenProject.Result r =
        project.alembic("revision", "--autogenerate", "-m", "case", "--rev-id", "000000000001");
    out.add("--- revision exit " + r.code());
    out.add(r.output().stripTrailing());
    out.add("--- file");
    out.add(file(project.dir().resolve("alembic/versions/000000000001_case.py")).stripTrailing());
    r = project.alembic("upgrade", "head");
    out.add("--- upgrade exit " + r.code());
    out.add(lastLine(r.output()));
    r = project.alembic("revision", "--autogenerate", "-m", "again", "--rev-id", "000000000002");
    out.add("--- again exit " + r.code());
    out.add(r.output().stripTrailing());
    Path again = project.dir().resolve("alembic/versions/000000000002_again.py");
    if (Files.exists(again)) {
      String text = file(again);
      out.add("--- again upgrade");
      out.add(
          text.substring(text.indexOf("def upgrade"), text.indexOf("def downgrade"))
              .stripTrailing());
    }
    return String.join("\n", out) + "\n";
  }

  private static String file(Path p) throws IOException {
    return CREATE_DATE.matcher(Files.readString(p)).replaceAll("Create Date: <date>");
  }

  private static String lastLine(String output) {
    String last = "";
    for (String line : output.split("\n")) {
      if (!line.isBlank()) {
        last = line;
      }
    }
    return last;
  }

  /** One case of cases.txt; {@code @name} in a section stands for that case's section. */
  private record Case(String name, String options, String sql, String models) {
    static List<Case> parse(String text) {
      Map<String, Case> byName = new LinkedHashMap<>();
      for (String block : CASE.split(text)) {
        if (block.startsWith("#") || block.isBlank()) {
          continue;
        }
        String name = block.substring(0, block.indexOf('\n')).strip();
        Matcher options = Pattern.compile("(?m)^options:(.*)$").matcher(block);
        assertTrue(options.find(), name);
        String sql = between(block, "--- sql\n", "--- models\n");
        String models = block.substring(block.indexOf("--- models\n") + "--- models\n".length());
        sql = ref(sql, byName, true);
        models = ref(models, byName, false);
        byName.put(
            name, new Case(name, options.group(1).strip(), sql, models.stripTrailing() + "\n"));
      }
      return new ArrayList<>(byName.values());
    }

    private static String between(String s, String from, String to) {
      int a = s.indexOf(from) + from.length();
      return s.substring(a, s.indexOf(to, a));
    }

    private static String ref(String section, Map<String, Case> byName, boolean sql) {
      String r = section.strip();
      if (!r.startsWith("@")) {
        return section;
      }
      Case c = byName.get(r.substring(1));
      return sql ? c.sql() : c.models();
    }
  }
}
