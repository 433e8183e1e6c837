package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace folder itself can be a destination (mv file ., cp file ..) though it cannot be
 * removed or replaced; its tutor folder stays out of reach.
 */
class MoveIntoWorkspaceFolderTest {
  @TempDir Path tmp;
  ShellFixture f;

  @BeforeEach
  void setUp() {
    f = new ShellFixture(tmp.resolve("ws"));
    f.run("mkdir parked");
    f.run("echo 'x = 1' > parked/note.py");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void moveIntoTheWorkspaceFolder() {
    assertEquals(new ShellFixture.Result(0, "", ""), f.run("mv parked/note.py ."));
    assertTrue(Files.exists(f.root().resolve("note.py")));
  }

  @Test
  void copyIntoTheWorkspaceFolderFromBelow() {
    f.run("cd parked");
    assertEquals(new ShellFixture.Result(0, "", ""), f.run("cp note.py .."));
    assertTrue(Files.exists(f.root().resolve("note.py")));
  }

  @Test
  void copyOntoItselfIsRefusedAsCpDoes() {
    assertEquals(
        new ShellFixture.Result(1, "", "cp: 'main.py' and './main.py' are the same file\n"),
        f.run("cp main.py ."));
  }

  @Test
  void theWorkspaceFolderItselfCannotBeMovedAway() {
    f.run("cd parked");
    assertEquals(1, f.run("mv .. elsewhere").status());
    assertTrue(Files.exists(f.root().resolve("main.py")));
  }

  @Test
  void theTutorFolderStaysOutOfReach() {
    assertEquals(
        new ShellFixture.Result(
            1,
            "",
            "mv: 'parked/note.py': the tutor keeps undo and the transcript in .tutor;"
                + " it cannot be changed from the shell\n"),
        f.run("mv parked/note.py .tutor"));
  }
}
