package migrationtutor.course.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where a workspace keeps its {@link Progress}: {@code .tutor/progress.json}, replaced whole on
 * each save by writing a temporary file, forcing it to disk, and renaming it over the old one, so
 * that a tutor killed at any moment leaves either the old file or the new one, never a mix.
 */
public final class ProgressStore {
  /** The file's name in {@code .tutor}. */
  public static final String FILE = "progress.json";

  private final Path file;

  /** The store of the workspace at {@code root}. */
  public ProgressStore(Path root) {
    this.file = root.resolve(".tutor").resolve(FILE);
  }

  /** The progress file. */
  public Path file() {
    return file;
  }

  /**
   * The saved progress, or a fresh one when there is none yet.
   *
   * @throws IOException when the file cannot be read or is not a progress file (the message says
   *     why)
   */
  public Progress load() throws IOException {
    if (!Files.exists(file)) {
      return new Progress();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return Progress.fromJson(text);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Saves {@code p} atomically. */
  public void save(Progress p) throws IOException {
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, FILE + ".", ".tmp");
    try {
      try (FileChannel ch =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer bytes = ByteBuffer.wrap(p.toJson().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Makes the rename itself durable (where the OS allows opening a folder). */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      // Not every platform can open a folder; the rename is still atomic.
    }
  }

  /** Removes temporary files a killed tutor left behind. */
  public void removeLeftovers() {
    try (var s = Files.newDirectoryStream(file.getParent(), FILE + ".*.tmp")) {
      for (Path p : s) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // They are only clutter.
    }
  }
}
