package migrationtutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import migrationtutor.sandbox.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing the project survives a kill at each point: before the new state is ready (nothing
 * changed), after it (finished at the next start), and halfway through moving it in.
 */
class ProjectSwapTest {
  private static List<String> project(Path root) throws Exception {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(".tutor"))
          .sorted()
          .toList();
    }
  }

  private static Path swap(Path root) {
    return root.resolve(".tutor/swap");
  }

  private static void newState(Path root, String... names) throws Exception {
    Files.createDirectories(swap(root).resolve("files"));
    for (String n : names) {
      Files.writeString(swap(root).resolve("files").resolve(n), "new " + n);
    }
  }

  private static Path oldProject(Path tmp, String... names) throws Exception {
    Path root = tmp.resolve("ws");
    Files.createDirectories(root.resolve(".tutor"));
    for (String n : names) {
      Files.writeString(root.resolve(n), "old " + n);
    }
    return root;
  }

  @Test
  void aSwapNotReadyIsDroppedAndTheProjectKept(@TempDir Path tmp) throws Exception {
    Path root = oldProject(tmp, "a", "b");
    newState(root, "c");
    assertFalse(ProjectSwap.recover(root));
    assertEquals(List.of("a", "b"), project(root));
    assertFalse(Files.exists(swap(root)));
  }

  @Test
  void aReadySwapIsFinished(@TempDir Path tmp) throws Exception {
    Path root = oldProject(tmp, "a", "b");
    newState(root, "b", "c");
    Files.createFile(swap(root).resolve("ready"));
    assertTrue(ProjectSwap.recover(root));
    assertEquals(List.of("b", "c"), project(root));
    assertEquals("new b", Files.readString(root.resolve("b")));
    assertFalse(Files.exists(swap(root)));
  }

  @Test
  void aSwapKilledWhileMovingKeepsWhatWasMovedIn(@TempDir Path tmp) throws Exception {
    Path root = oldProject(tmp);
    newState(root, "c");
    Files.writeString(root.resolve("b"), "new b"); // moved in before the kill
    Files.createFile(swap(root).resolve("ready"));
    Files.createFile(swap(root).resolve("cleared"));
    assertTrue(ProjectSwap.recover(root));
    assertEquals(List.of("b", "c"), project(root));
  }

  @Test
  void installIsOneUndoableChange(@TempDir Path tmp) throws Exception {
    try (Workspace w = Workspace.open(tmp.resolve("ws"), Workspace.DEFAULT_STARTER);
        Sandbox state = Sandbox.fresh("personal_todo")) {
      Files.writeString(state.root().resolve("notes.txt"), "new\n");
      Files.delete(state.root().resolve("main.py"));
      ProjectSwap.install(state.root(), w, "prepare");
      assertTrue(Files.exists(w.root().resolve("notes.txt")));
      assertFalse(Files.exists(w.root().resolve("main.py")));
      assertFalse(Files.exists(swap(w.root())));
      assertTrue(w.undo().undo().isPresent());
      assertFalse(Files.exists(w.root().resolve("notes.txt")));
      assertTrue(Files.exists(w.root().resolve("main.py")));
    }
  }
}
