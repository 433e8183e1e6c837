package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The lock that keeps a second tutor off a workspace in use: an OS file lock on {@code
 * .tutor/lock}, which the OS releases if the tutor dies, with the holder's process id written in
 * the file so the refusal can name it.
 */
final class WorkspaceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private WorkspaceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock on {@code file}, or explains who holds it. */
  static WorkspaceLock acquire(Path file, Path workspace) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this same process (another session object)
      }
      if (lock == null) {
        String holder = holder(file);
        channel.close();
        throw new WorkspaceException(
            "Another tutor is already using the workspace "
                + workspace
                + holder
                + ". Close that one first (quit or Ctrl-D), or start this one with"
                + " --workspace OTHER_FOLDER.");
      }
      channel.truncate(0);
      String info = "pid=" + ProcessHandle.current().pid() + "\nsince=" + Instant.now() + "\n";
      channel.write(ByteBuffer.wrap(info.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      return new WorkspaceLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new WorkspaceException(
          "Cannot lock the workspace "
              + workspace
              + " ("
              + e.getMessage()
              + "). Is the folder writable?",
          e);
    }
  }

  private static String holder(Path file) {
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("pid=")) {
          return " (process " + line.substring(4).strip() + ")";
        }
      }
    } catch (IOException | RuntimeException e) {
      // The holder is only named when its note can be read.
    }
    return "";
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // nothing more to release
      }
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it as well
    }
    closeQuietly(channel);
  }
}
