package migrationtutor.sandbox.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceStateTest {
  @Test
  void cwdAndHistorySurviveASession(@TempDir Path tmp) throws Exception {
    Path root = tmp.toRealPath();
    Files.createDirectories(root.resolve(".tutor"));
    Files.createDirectories(root.resolve("alembic"));
    WorkspacePaths paths = new WorkspacePaths(root);
    WorkspaceState state = new WorkspaceState(root.resolve(".tutor"), paths);
    assertEquals(root, state.cwd());
    state.saveCwd(root.resolve("alembic"));
    state.saveHistory(List.of("ls", "echo 'a\nb' > x", "back\\slash"));
    WorkspaceState later = new WorkspaceState(root.resolve(".tutor"), paths);
    assertEquals(root.resolve("alembic"), later.cwd());
    assertEquals(List.of("ls", "echo 'a\nb' > x", "back\\slash"), later.history());
    Files.delete(root.resolve("alembic"));
    assertEquals(root, later.cwd());
    List<String> many = new ArrayList<>();
    for (int i = 0; i < WorkspaceState.MAX_HISTORY + 3; i++) {
      many.add("c" + i);
    }
    state.saveHistory(many);
    assertEquals(WorkspaceState.MAX_HISTORY, later.history().size());
    assertEquals("c3", later.history().get(0));
  }
}
