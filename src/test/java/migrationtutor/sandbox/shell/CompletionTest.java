package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tab completion: commands, alembic's subcommands, options and revisions, files, tables. */
class CompletionTest {
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

  private List<String> complete(String line) {
    ShellIO io = f.io(new ByteArrayOutputStream(), new ByteArrayOutputStream());
    return f.shell.complete(line, line.length(), io).stream().map(Candidate::value).toList();
  }

  @Test
  void commandNames() {
    assertEquals(List.of("sed", "sqlite3"), complete("s"));
    assertEquals(List.of("alembic"), complete("ale"));
    assertEquals(List.of("make"), complete("ls && ma"));
  }

  @Test
  void alembicSubcommandsOptionsAndRevisions() throws Exception {
    assertEquals(List.of("upgrade"), complete("alembic up"));
    assertEquals(List.of("heads", "history"), complete("alembic h"));
    assertEquals(List.of("--sql", "--tag", "--help"), complete("alembic upgrade --"));
    assertEquals(List.of("--verbose"), complete("alembic history --v"));
    assertEquals(List.of("--raiseerr"), complete("alembic --r"));
    assertEquals(List.of("upgrade"), complete("uv run alembic upgr"));
    assertEquals(List.of("upgrade"), complete("python -m alembic upgr"));
    CoreCourse.initAndConfigure(f);
    f.run("alembic revision -m one --rev-id 7ef08f4a0da7");
    f.run("alembic revision -m two --rev-id 754f44a882e4");
    assertEquals(List.of("head", "heads"), complete("alembic upgrade h"));
    assertEquals(
        List.of("head", "heads", "base", "+1", "754f44a882e4", "7ef08f4a0da7"),
        complete("alembic upgrade "));
    assertEquals(List.of("754f44a882e4", "7ef08f4a0da7"), complete("alembic show 7"));
    assertEquals(List.of("7ef08f4a0da7"), complete("alembic downgrade 7e"));
    assertEquals(List.of("7ef08f4a0da7:754f44a882e4"), complete("alembic upgrade 7ef08f4a0da7:75"));
    assertTrue(complete("alembic downgrade ").contains("-1"));
  }

  @Test
  void fileNamesAndFolders() {
    assertEquals(List.of("main.py"), complete("cat ma"));
    assertEquals(List.of("app/"), complete("ls a"));
    assertEquals(List.of("app/__init__.py", "app/core/", "app/models.py"), complete("cat app/"));
    assertEquals(List.of("app/core/"), complete("cd app/c"));
    assertEquals(List.of("app/"), complete("cd "));
    assertEquals(List.of("main.py"), complete("echo x > m"));
    assertEquals(List.of(), complete("cat ../"));
  }

  @Test
  void sqliteDotCommandsAndTables() {
    assertEquals(List.of("database.db"), complete("sqlite3 da"));
    assertEquals(List.of(".schema "), complete("sqlite3 database.db .sch"));
    assertEquals(
        List.of(".schema todo_idempotency_keys", ".schema todos"),
        complete("sqlite3 database.db \".schema t"));
    assertEquals(List.of(".schema todos"), complete("sqlite3 database.db '.schema todos"));
  }

  @Test
  void makeTargets() {
    assertTrue(
        complete("make db-")
            .containsAll(
                List.of(
                    "db-migrate",
                    "db-upgrade",
                    "db-downgrade",
                    "db-history",
                    "db-current",
                    "db-status",
                    "db-show",
                    "db-test",
                    "db-reset")));
    assertEquals(List.of("MESSAGE="), complete("make db-migrate ME"));
  }
}
