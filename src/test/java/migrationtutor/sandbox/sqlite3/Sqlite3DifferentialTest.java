package migrationtutor.sandbox.sqlite3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case through /usr/bin/sqlite3 3.40.1 (when installed) and through the emulation, on
 * copies of the same database, and requires the same stdout, stderr and exit status byte for byte.
 * The real shell's answers are kept as golden files, so the emulation is checked against them where
 * the real shell is missing. SQLITE3_UPDATE_GOLDENS=1 rewrites them from the real shell.
 */
class Sqlite3DifferentialTest {
  static final Path GOLDEN = Path.of("src/test/resources/migrationtutor/sandbox/sqlite3/golden");

  @TestFactory
  Stream<DynamicTest> sameAsTheRealShell() {
    List<Case> cases = new ArrayList<>(Cases.all());
    cases.addAll(InputCases.all());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) throws Exception {
    Path a = Files.createTempDirectory("sqlite3-real");
    Path b = Files.createTempDirectory("sqlite3-emu");
    try {
      Fixtures.build(c.fixture(), a);
      Fixtures.build(c.fixture(), b);
      // The real shell sees a terminal only through -interactive; the emulation gets the same
      // arguments (so both see argc > 1) as well as the terminal flag.
      List<String> args = new ArrayList<>(c.args());
      if (c.interactive()) {
        args.add(0, "-interactive");
      }
      Run emu = EmulatedShell.run(b, args, c.stdin(), c.interactive()).normalized(b);
      Path golden = GOLDEN.resolve(c.name() + ".golden");
      boolean update = "1".equals(System.getenv("SQLITE3_UPDATE_GOLDENS"));
      if (RealShell.present()) {
        Run real = RealShell.run(a, args, c.stdin()).normalized(a);
        if (update || !Files.exists(golden)) {
          Files.createDirectories(GOLDEN);
          Files.write(golden, real.golden());
        }
        assertEquals(real.text(), emu.text(), c.name() + ": the emulation differs from sqlite3");
        assertEquals(files(a), files(b), c.name() + ": different files were left behind");
      }
      Assumptions.assumeTrue(Files.exists(golden), "no golden file and no real sqlite3");
      assertEquals(
          new String(Files.readAllBytes(golden), StandardCharsets.UTF_8),
          emu.text(),
          c.name() + ": the emulation differs from the golden file");
    } finally {
      delete(a);
      delete(b);
    }
  }

  /** File names, and whether each is empty (SQLite creates empty files lazily). */
  private static TreeMap<String, Boolean> files(Path dir) throws IOException {
    TreeMap<String, Boolean> m = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(p.getFileName().toString(), Files.isRegularFile(p) && Files.size(p) == 0);
      }
    }
    return m;
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
