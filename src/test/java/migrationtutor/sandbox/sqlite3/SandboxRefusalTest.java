package migrationtutor.sandbox.sqlite3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything that would reach outside the sandbox is refused with a message that says so. */
class SandboxRefusalTest {
  @TempDir Path root;
  Path sandbox;
  Path outside;

  @BeforeEach
  void setUp() throws IOException {
    sandbox = Files.createDirectories(root.resolve("sandbox"));
    outside = Files.createDirectories(root.resolve("outside"));
    Fixtures.build(Fixtures.COURSE, sandbox);
    Files.writeString(outside.resolve("secret.sql"), "SELECT 'secret';\n");
  }

  private Run run(String... args) {
    return EmulatedShell.run(sandbox, List.of(args), List.of(), false);
  }

  private static String err(Run r) {
    return new String(r.err(), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".shell ls",
        ".system ls",
        ".output out.txt",
        ".once out.txt",
        ".backup b.db",
        ".save b.db",
        ".restore b.db",
        ".open other.db",
        ".load libx",
        ".import data.csv todos",
        ".cd /",
        ".log log.txt",
        ".excel",
        ".clone c.db",
        ".archive -c",
        ".testcase t",
        ".sha3sum",
        ".recover"
      })
  void dotCommandsThatReachOutsideAreRefused(String command) throws IOException {
    Run r = run("database.db", command, "SELECT 'not reached'");
    String name = command.substring(1).split(" ")[0];
    assertEquals("Error: \"." + name + "\" is not available in the tutor's sandbox\n", err(r));
    assertEquals(1, r.status());
    assertEquals(0, r.out().length);
    try (var files = Files.list(sandbox)) {
      assertEquals(
          List.of("database.db", "script.sql"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void readOfAFileOutsideTheSandboxIsRefused() {
    Run r = run("database.db", ".read ../outside/secret.sql");
    assertEquals("Error: \"../outside/secret.sql\" is outside the tutor's sandbox\n", err(r));
    assertEquals(1, r.status());
    Run abs = run("database.db", ".read " + outside.resolve("secret.sql"));
    assertTrue(err(abs).contains("is outside the tutor's sandbox"), err(abs));
  }

  @Test
  void readOfAProgramsOutputIsRefused() {
    Run r = run("database.db", ".read '|cat /etc/passwd'");
    assertTrue(err(r).contains("not available in the tutor's sandbox"), err(r));
    assertEquals(1, r.status());
  }

  @Test
  void outputToStdoutIsHarmlessAndAllowed() {
    Run r = run("database.db", ".output", ".output stdout", "SELECT 7");
    assertEquals("7\n", new String(r.out(), StandardCharsets.UTF_8));
    assertEquals(0, r.status());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ATTACH 'other.db' AS o",
        "attach database '/tmp/x.db' as x",
        "EXPLAIN ATTACH 'x.db' AS x",
        "VACUUM INTO 'copy.db'",
        "vacuum main into '/tmp/c.db'",
        "SELECT load_extension('libevil')",
        "select LOAD_EXTENSION ('x', 'y')",
        "PRAGMA temp_store_directory = '/tmp'"
      })
  void sqlThatReachesOutsideIsRefused(String sql) throws IOException {
    Run r = run("database.db", sql);
    assertTrue(err(r).startsWith("Error: in prepare, "), err(r));
    assertTrue(err(r).endsWith(" is not available in the tutor's sandbox\n"), err(r));
    assertEquals(1, r.status());
    assertFalse(Files.exists(sandbox.resolve("other.db")));
    assertFalse(Files.exists(sandbox.resolve("copy.db")));
  }

  @Test
  void refusedSqlInInteractiveInputIsAParseError() {
    Run r = EmulatedShell.run(sandbox, List.of("database.db"), List.of("ATTACH 'x' AS x;"), true);
    assertTrue(err(r).startsWith("Parse error: ATTACH is not available"), err(r));
  }

  @Test
  void aDatabaseOutsideTheSandboxIsNotOpened() {
    Run r = run("../outside/x.db", "SELECT 1");
    assertEquals(
        "Error: unable to open database \"../outside/x.db\": the file is outside the"
            + " tutor's sandbox\n",
        err(r));
    assertEquals(1, r.status());
    assertFalse(Files.exists(outside.resolve("x.db")));
  }

  @Test
  void uriFileNamesAreRefused() {
    Run r = run("file:database.db?mode=ro", "SELECT 1");
    assertTrue(err(r).contains("URI file names are not available"), err(r));
    assertEquals(1, r.status());
  }

  @Test
  void anInitFileOutsideTheSandboxIsNotRead() {
    Run r = run("-init", "../outside/secret.sql", "database.db", "SELECT 1");
    assertEquals("cannot open: \"../outside/secret.sql\"\n", err(r));
    assertEquals("1\n", new String(r.out(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-append", "-zip", "-deserialize", "-vfs", "-memtrace", "-A"})
  void optionsForOtherStorageAreRefused(String option) {
    Run r = run(option, "database.db", "SELECT 1");
    assertEquals(
        "sqlite3: Error: option " + option + " is not available in the tutor's sandbox\n", err(r));
    assertEquals(1, r.status());
  }

  @Test
  void shellFunctionsThatTouchFilesDoNotExist() {
    Run r = run("database.db", "SELECT readfile('/etc/passwd')");
    assertEquals(
        "Error: in prepare, no such function: readfile\n"
            + "  SELECT readfile('/etc/passwd')\n         ^--- error here\n",
        err(r));
  }
}
