package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo through the shell: what each kind of command may change comes back. */
class UndoInShellTest {
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

  private String tables() {
    return f.run("sqlite3 database.db .tables").out();
  }

  @Test
  void undoTakesBackAlembicCommandsOneAtATime() throws Exception {
    CoreCourse.initAndConfigure(f);
    f.run("alembic revision -m add_deleted_at_column --rev-id 7ef08f4a0da7");
    CoreCourse.editRevision(f);
    assertEquals(0, f.run("alembic upgrade head").status());
    assertTrue(tables().contains("alembic_version"));
    assertTrue(f.run("sqlite3 database.db '.schema todos'").out().contains("deleted_at"));
    ShellFixture.Result undo = f.run("undo");
    assertEquals(0, undo.status(), undo.all());
    assertTrue(undo.out().startsWith("Undid: alembic upgrade head  (run at "), undo.out());
    assertTrue(undo.out().contains("\n  restored database.db\n"), undo.out());
    assertFalse(tables().contains("alembic_version"));
    assertFalse(f.run("sqlite3 database.db '.schema todos'").out().contains("deleted_at"));
    // The edit and the revision are the next changes back.
    assertTrue(f.run("undo").out().startsWith("Undid: edit alembic/versions/"));
    assertFalse(
        f.run("cat alembic/versions/7ef08f4a0da7_add_deleted_at_column.py")
            .out()
            .contains("batch_alter_table"));
    assertTrue(f.run("undo").out().startsWith("Undid: alembic revision"));
    assertFalse(
        Files.exists(f.root().resolve("alembic/versions/7ef08f4a0da7_add_deleted_at_column.py")));
  }

  @Test
  void readingCommandsLeaveNothingToUndo() {
    for (String line :
        new String[] {
          "ls -la",
          "cat main.py",
          "tree",
          "grep -rn Base app",
          "sqlite3 database.db 'SELECT * FROM todos'",
          "history",
          "help",
          "pwd",
          "undo"
        }) {
      f.run(line);
    }
    assertEquals(0, f.workspace.undo().size());
    ShellFixture.Result r = f.run("undo");
    assertEquals(1, r.status());
    assertTrue(r.err().contains("nothing to undo"), r.err());
  }

  @Test
  void filesComeBack() throws Exception {
    f.run("echo 'print(1)' > scratch.py");
    f.run("rm -r app");
    f.run("mv main.py api.py");
    f.run("mkdir -p a/b/c");
    assertFalse(Files.exists(f.root().resolve("app")));
    assertTrue(f.run("undo").out().contains("\n  removed a\n"));
    assertFalse(Files.exists(f.root().resolve("a")));
    f.run("undo");
    assertTrue(Files.exists(f.root().resolve("main.py")));
    assertFalse(Files.exists(f.root().resolve("api.py")));
    f.run("undo");
    assertTrue(Files.exists(f.root().resolve("app/core/database.py")));
    f.run("undo");
    assertFalse(Files.exists(f.root().resolve("scratch.py")));
  }

  @Test
  void sqlChangesComeBack() {
    f.run("sqlite3 database.db 'DELETE FROM todos'");
    assertEquals("0\n", f.run("sqlite3 database.db 'SELECT count(*) FROM todos'").out());
    f.run("undo");
    assertEquals("3\n", f.run("sqlite3 database.db 'SELECT count(*) FROM todos'").out());
  }

  @Test
  void undoLeavesAFolderThatNoLongerExists() {
    f.run("mkdir work");
    f.run("cd work");
    ShellFixture.Result r = f.run("undo");
    assertTrue(r.out().contains("you are now in ~"), r.out());
    assertEquals(f.root(), f.shell.cwd());
  }
}
