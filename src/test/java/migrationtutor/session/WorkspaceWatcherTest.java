package migrationtutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved files are noticed (in folders made later too); the tutor's own .tutor folder is not. */
class WorkspaceWatcherTest {
  @Test
  void noticesSavedFilesButNotTheTutorsOwn(@TempDir Path root) throws Exception {
    Files.createDirectories(root.resolve(".tutor"));
    Files.writeString(root.resolve("alembic.ini"), "a\n");
    Semaphore changes = new Semaphore(0);
    try (WorkspaceWatcher w = WorkspaceWatcher.start(root, changes::release)) {
      Thread.sleep(200);
      Files.writeString(root.resolve(".tutor/transcript.jsonl"), "{}\n");
      assertFalse(changes.tryAcquire(3, TimeUnit.SECONDS), "a change in .tutor");
      Files.writeString(root.resolve("alembic.ini"), "b, longer\n");
      assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "alembic.ini saved");
      Files.createDirectories(root.resolve("alembic/versions"));
      assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "a folder made");
      Thread.sleep(500);
      changes.drainPermits();
      Files.writeString(root.resolve("alembic/versions/x.py"), "x = 1\n");
      assertTrue(changes.tryAcquire(5, TimeUnit.SECONDS), "a file in a new folder");
    }
  }

  @Test
  void theStateDigestSeesContentNamesAndSizes(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("a"), "1");
    String one = WorkspaceWatcher.state(root);
    assertEquals(one, WorkspaceWatcher.state(root));
    Files.writeString(root.resolve("a"), "12");
    assertNotEquals(one, WorkspaceWatcher.state(root));
  }

  @Test
  void pollingAloneNoticesChangesToo(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("env.py"), "a\n");
    Semaphore changes = new Semaphore(0);
    try (WorkspaceWatcher w = WorkspaceWatcher.start(root, changes::release, false)) {
      Thread.sleep(300);
      Files.writeString(root.resolve("env.py"), "b, longer\n");
      assertTrue(changes.tryAcquire(6, TimeUnit.SECONDS), "env.py saved");
    }
  }
}
