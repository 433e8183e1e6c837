package migrationtutor.sandbox.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @Test
  void createdFromTheStarterWithItsDatabaseBuiltFromSql(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ws");
    try (Workspace ws = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      assertTrue(ws.created());
      assertEquals("personal_todo", ws.project());
      for (String f :
          List.of(
              "main.py",
              "Makefile",
              "app/__init__.py",
              "app/models.py",
              "app/core/__init__.py",
              "app/core/database.py",
              "database.db")) {
        assertTrue(Files.isRegularFile(dir.resolve(f)), f);
      }
      assertFalse(Files.exists(dir.resolve("database.sql")));
      assertEquals(
          Files.readString(Path.of("sandbox/personal_todo/app/models.py")),
          Files.readString(dir.resolve("app/models.py")));
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("database.db"));
          Statement s = c.createStatement()) {
        ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'todos'");
        assertTrue(rs.next());
        // The CREATE text is the script's, byte for byte (the trailing spaces included).
        assertTrue(rs.getString(1).startsWith("CREATE TABLE todos (\n\tid INTEGER NOT NULL, \n"));
        rs = s.executeQuery("SELECT count(*) FROM todos");
        assertEquals(3, rs.getInt(1));
        rs = s.executeQuery("SELECT count(*) FROM todo_idempotency_keys");
        assertEquals(1, rs.getInt(1));
      }
    }
    try (Workspace again = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      assertFalse(again.created());
    }
  }

  @Test
  void aSecondTutorIsRefusedWhileTheFirstHoldsTheWorkspace(@TempDir Path tmp) {
    Path dir = tmp.resolve("ws");
    try (Workspace first = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      WorkspaceException e =
          assertThrows(
              WorkspaceException.class, () -> Workspace.open(dir, Workspace.DEFAULT_STARTER));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "Another tutor is already using the workspace "
                      + first.root()
                      + " (process "
                      + ProcessHandle.current().pid()
                      + ")"),
          e.getMessage());
    }
    Workspace.open(dir, Workspace.DEFAULT_STARTER).close();
  }

  @Test
  void aFolderWithOtherFilesIsNeverTakenOver(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    WorkspaceException e =
        assertThrows(
            WorkspaceException.class, () -> Workspace.open(dir, Workspace.DEFAULT_STARTER));
    assertTrue(e.getMessage().contains("is not a tutor workspace"), e.getMessage());
    assertEquals(List.of(dir.resolve("notes.txt")), list(dir));
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertTrue(
        assertThrows(
                WorkspaceException.class, () -> Workspace.open(file, Workspace.DEFAULT_STARTER))
            .getMessage()
            .contains("is a file, not a folder"));
  }

  @Test
  void anEmptyFolderBecomesAWorkspace(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("empty"));
    try (Workspace ws = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      assertTrue(Files.exists(dir.resolve("database.db")));
    }
  }

  @Test
  void aHalfMadeWorkspaceIsMadeAgain(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ws");
    Files.createDirectories(dir.resolve(".tutor"));
    Files.writeString(dir.resolve("main.py"), "half");
    try (Workspace ws = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      assertTrue(ws.created());
      assertTrue(Files.readString(dir.resolve("main.py")).contains("FastAPI"));
    }
  }

  @Test
  void anUnknownStarterIsNamed(@TempDir Path tmp) {
    WorkspaceException e =
        assertThrows(
            WorkspaceException.class, () -> Workspace.open(tmp.resolve("ws"), "no_such_starter"));
    assertTrue(
        e.getMessage().contains("no starter project called 'no_such_starter'"), e.getMessage());
  }

  private static List<Path> list(Path dir) throws Exception {
    List<Path> out = new ArrayList<>();
    try (var s = Files.list(dir)) {
      s.forEach(out::add);
    }
    return out;
  }
}
