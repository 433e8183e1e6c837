package migrationtutor.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * Notices changes the learner makes to the workspace outside the tutor (in their own editor) and
 * calls back, so the step is checked without a command. It watches the folders with the platform's
 * {@link WatchService} and also compares the files' state every few seconds, because watching is
 * not reliable everywhere (network folders, some editors' rename-on-save, folders made later).
 * {@code .tutor} is ignored: it changes with every command.
 */
public final class WorkspaceWatcher implements AutoCloseable {
  private static final long POLL_MILLIS = 2000;
  private static final long SETTLE_MILLIS = 300;

  private final Path root;
  private final Runnable onChange;
  private final Thread thread;
  private volatile boolean closed;
  private WatchService watch;

  private WorkspaceWatcher(Path root, Runnable onChange) {
    this.root = root;
    this.onChange = onChange;
    this.thread = new Thread(this::loop, "tutor-workspace-watcher");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code root}; {@code onChange} runs on the watcher's own thread. */
  public static WorkspaceWatcher start(Path root, Runnable onChange) {
    return start(root, onChange, true);
  }

  /** As {@link #start(Path, Runnable)}; {@code useWatchService} false polls only (for tests). */
  static WorkspaceWatcher start(Path root, Runnable onChange, boolean useWatchService) {
    WorkspaceWatcher w = new WorkspaceWatcher(root, onChange);
    try {
      if (useWatchService) {
        w.watch = FileSystems.getDefault().newWatchService();
        w.register();
      }
    } catch (IOException | UnsupportedOperationException e) {
      w.watch = null; // polling alone
    }
    w.thread.start();
    return w;
  }

  private void register() throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(root.resolve(".tutor"))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            dir.register(
                watch,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void loop() {
    String last = state(root);
    while (!closed) {
      try {
        if (watch != null) {
          WatchKey key = watch.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
          if (key != null) {
            key.pollEvents();
            key.reset();
            Thread.sleep(SETTLE_MILLIS); // an editor's save is several events
            WatchKey more;
            while ((more = watch.poll()) != null) {
              more.pollEvents();
              more.reset();
            }
            register(); // folders made since (alembic/versions) are watched too
          }
        } else {
          Thread.sleep(POLL_MILLIS);
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (IOException | RuntimeException e) {
        // Watching failed for now; the comparison below still notices changes.
      }
      String now = state(root);
      if (!now.equals(last) && !closed) {
        last = now;
        try {
          onChange.run();
        } catch (RuntimeException e) {
          // A failed re-check is retried on the next change or command.
        }
      }
    }
  }

  /**
   * A digest of the workspace outside {@code .tutor}: folder names, and file names, sizes and
   * modification times. Equal digests mean nothing changed as far as the checks can tell.
   */
  public static String state(Path root) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
              if (dir.equals(root.resolve(".tutor"))) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              // Folders count too: a check may ask for one (exists alembic/versions).
              md.update((root.relativize(dir) + "/\n").getBytes(StandardCharsets.UTF_8));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              md.update(
                  (root.relativize(f)
                          + "\0"
                          + a.size()
                          + "\0"
                          + a.lastModifiedTime().toMillis()
                          + "\n")
                      .getBytes(StandardCharsets.UTF_8));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return "unreadable";
    }
    return HexFormat.of().formatHex(md.digest());
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    if (watch != null) {
      try {
        watch.close();
      } catch (IOException e) {
        // Closing a watch service only releases it.
      }
    }
  }
}
