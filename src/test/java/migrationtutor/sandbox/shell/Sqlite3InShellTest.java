package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course's sqlite3 commands typed into the shell, against the machine's sqlite3 (3.40.1 on
 * Debian 12) on the same database: the starter's tables, its schema text, and the output modes.
 */
class Sqlite3InShellTest {
  @TempDir Path tmp;
  ShellFixture f;

  @BeforeEach
  void setUp() {
    f = new ShellFixture(tmp.resolve("ws"));
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private void same(String line, String... real) {
    RealTools.assumeInstalled("sqlite3");
    ShellFixture.Result ours = f.run(line);
    ShellFixture.Result theirs = RealTools.run(f.shell.cwd(), List.of(real));
    assertEquals(theirs.out(), ours.out(), line);
    assertEquals(theirs.err(), ours.err(), line);
    assertEquals(theirs.status(), ours.status(), line);
  }

  @Test
  void tablesAndSchema() {
    same("sqlite3 database.db .tables", "sqlite3", "database.db", ".tables");
    same("sqlite3 database.db \".schema todos\"", "sqlite3", "database.db", ".schema todos");
    same("sqlite3 database.db .schema", "sqlite3", "database.db", ".schema");
    same("sqlite3 database.db '.indexes'", "sqlite3", "database.db", ".indexes");
  }

  @Test
  void queryModes() {
    String q = "SELECT id, title, description, is_completed FROM todos ORDER BY id";
    same("sqlite3 database.db '" + q + "'", "sqlite3", "database.db", q);
    for (String mode :
        new String[] {
          "-header", "-column", "-box", "-table", "-markdown", "-csv", "-json", "-line", "-html"
        }) {
      same("sqlite3 " + mode + " database.db '" + q + "'", "sqlite3", mode, "database.db", q);
    }
    same(
        "sqlite3 -header -column database.db 'SELECT * FROM todo_idempotency_keys'",
        "sqlite3",
        "-header",
        "-column",
        "database.db",
        "SELECT * FROM todo_idempotency_keys");
    same(
        "sqlite3 database.db 'PRAGMA table_info(todos)'",
        "sqlite3",
        "database.db",
        "PRAGMA table_info(todos)");
  }

  @Test
  void errors() {
    same(
        "sqlite3 database.db 'SELECT * FROM nope'", "sqlite3", "database.db", "SELECT * FROM nope");
    same("sqlite3 database.db 'SELEC 1'", "sqlite3", "database.db", "SELEC 1");
    same("sqlite3 database.db .nosuchcommand", "sqlite3", "database.db", ".nosuchcommand");
  }
}
