package migrationtutor.sandbox.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndoStackTest {
  @TempDir Path root;
  UndoStack undo;
  List<String> warnings = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(root.resolve(".tutor"));
    Files.createDirectories(root.resolve("alembic/versions"));
    Files.writeString(root.resolve("alembic/env.py"), "env v1");
    Files.writeString(root.resolve("alembic.ini"), "ini v1");
    undo = new UndoStack(root, root.resolve(".tutor/undo"));
  }

  private void change(Footprint fp, String command, Runnable r) {
    undo.record(
        fp,
        command,
        () -> {
          r.run();
          return 0;
        },
        warnings::add);
  }

  private static void write(Path p, String s) {
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void restoresChangedCreatedAndDeletedFiles() throws Exception {
    change(
        Footprint.of(Set.of("alembic", "alembic.ini")),
        "alembic revision",
        () -> {
          write(root.resolve("alembic/versions/abc_x.py"), "rev");
          write(root.resolve("alembic/env.py"), "env v2");
          try {
            Files.delete(root.resolve("alembic.ini"));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    assertEquals(1, undo.size());
    UndoResult r = undo.undo().orElseThrow();
    assertEquals("alembic revision", r.command());
    assertEquals(
        List.of(
            "brought back alembic.ini",
            "restored alembic/env.py",
            "removed alembic/versions/abc_x.py"),
        r.changes());
    assertFalse(Files.exists(root.resolve("alembic/versions/abc_x.py")));
    assertTrue(Files.isDirectory(root.resolve("alembic/versions")));
    assertEquals("env v1", Files.readString(root.resolve("alembic/env.py")));
    assertEquals("ini v1", Files.readString(root.resolve("alembic.ini")));
    assertTrue(undo.undo().isEmpty());
    assertEquals(List.of(), warnings);
  }

  @Test
  void aCommandThatChangesNothingLeavesNothingToUndo() {
    change(Footprint.of(Set.of("alembic")), "alembic history", () -> {});
    change(Footprint.NONE, "ls", () -> {});
    assertEquals(0, undo.size());
  }

  @Test
  void undoGoesBackOneChangeAtATime() throws Exception {
    change(
        Footprint.of(Set.of("notes.txt")),
        "echo one > notes.txt",
        () -> write(root.resolve("notes.txt"), "one"));
    change(
        Footprint.of(Set.of("notes.txt")),
        "echo two > notes.txt",
        () -> write(root.resolve("notes.txt"), "two"));
    assertEquals("echo two > notes.txt", undo.undo().orElseThrow().command());
    assertEquals("one", Files.readString(root.resolve("notes.txt")));
    assertEquals("echo one > notes.txt", undo.undo().orElseThrow().command());
    assertFalse(Files.exists(root.resolve("notes.txt")));
  }

  @Test
  void everythingSparesTheTutorsFolder() throws Exception {
    Files.writeString(root.resolve(".tutor/transcript.jsonl"), "{}\n");
    change(
        Footprint.EVERYTHING,
        "make db-reset",
        () -> {
          write(root.resolve("new/file.txt"), "new");
          write(root.resolve("alembic/env.py"), "env v2");
        });
    undo.undo().orElseThrow();
    assertFalse(Files.exists(root.resolve("new")));
    assertEquals("env v1", Files.readString(root.resolve("alembic/env.py")));
    assertEquals("{}\n", Files.readString(root.resolve(".tutor/transcript.jsonl")));
  }

  @Test
  void theOldestSnapshotsGoFirst() {
    for (int i = 0; i < UndoStack.MAX_SNAPSHOTS + 5; i++) {
      String text = "v" + i;
      change(
          Footprint.of(Set.of("n.txt")), "echo " + text, () -> write(root.resolve("n.txt"), text));
    }
    assertEquals(UndoStack.MAX_SNAPSHOTS, undo.size());
  }

  @Test
  void aHalfWrittenSnapshotIsIgnoredAndRemoved() throws Exception {
    Files.createDirectories(root.resolve(".tutor/undo/tmp-123/files"));
    assertEquals(0, undo.size());
    undo.removeStaging();
    assertFalse(Files.exists(root.resolve(".tutor/undo/tmp-123")));
  }
}
