package migrationtutor.sandbox.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePathsTest {
  @TempDir Path tmp;
  Path root;
  Path outside;
  WorkspacePaths paths;

  @BeforeEach
  void setUp() throws Exception {
    root = Files.createDirectories(tmp.resolve("ws")).toRealPath();
    outside = Files.createDirectories(tmp.resolve("outside")).toRealPath();
    Files.createDirectories(root.resolve("alembic/versions"));
    Files.createDirectories(root.resolve(".tutor"));
    paths = new WorkspacePaths(root);
  }

  @Test
  void relativeAndAbsolutePathsInside() throws Exception {
    Path alembic = root.resolve("alembic");
    assertEquals(root.resolve("alembic/env.py"), paths.resolve(root, "alembic/env.py"));
    assertEquals(root.resolve("database.db"), paths.resolve(alembic, "../database.db"));
    assertEquals(root.resolve("x"), paths.resolve(alembic, root + "/x"));
    assertEquals(root, paths.resolve(alembic, ".."));
    assertEquals("~/alembic", paths.display(alembic));
    assertEquals("~", paths.display(root));
    assertThrows(NoSuchFileException.class, () -> paths.resolve(root, ""));
  }

  @Test
  void everyWayOutIsRefused() throws Exception {
    Path alembic = root.resolve("alembic");
    for (String typed :
        new String[] {
          "..",
          "../outside",
          "../../etc/passwd",
          "/etc/passwd",
          "/",
          outside.toString(),
          "alembic/../../outside/x"
        }) {
      SandboxPathException e =
          assertThrows(SandboxPathException.class, () -> paths.resolve(root, typed), typed);
      assertEquals("outside the tutor's workspace", e.getMessage());
    }
    assertThrows(SandboxPathException.class, () -> paths.resolve(alembic, "../.."));
  }

  @Test
  void linksThatPointOutsideAreRefused() throws Exception {
    Files.createSymbolicLink(root.resolve("out"), outside);
    Files.createSymbolicLink(root.resolve("secret"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(root.resolve("inside"), root.resolve("alembic"));
    for (String typed : new String[] {"out", "out/x", "secret"}) {
      SandboxPathException e =
          assertThrows(SandboxPathException.class, () -> paths.resolve(root, typed), typed);
      assertTrue(e.getMessage().contains("a link points outside it"), e.getMessage());
    }
    assertEquals(root.resolve("inside/env.py"), paths.resolve(root, "inside/env.py"));
    // ".." applies to the path as typed (like cd -L), and the result is what is used.
    assertEquals(root.resolve("x"), paths.resolve(root, "out/../x"));
  }

  @Test
  void theTutorsFolderAndTheRootCannotBeChanged() throws Exception {
    assertEquals(
        root.resolve(".tutor/transcript.jsonl"), paths.resolve(root, ".tutor/transcript.jsonl"));
    assertThrows(
        SandboxPathException.class, () -> paths.resolveForChange(root, ".tutor/transcript.jsonl"));
    assertThrows(SandboxPathException.class, () -> paths.resolveForChange(root, ".tutor"));
    assertThrows(SandboxPathException.class, () -> paths.resolveForChange(root, "."));
    assertEquals(root.resolve("a"), paths.resolveForChange(root, "a"));
  }
}
