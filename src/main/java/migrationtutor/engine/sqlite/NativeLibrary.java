package migrationtutor.engine.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Keeps sqlite-jdbc's native library in a per-user cache instead of letting the driver extract it
 * to a fresh temporary file on every start.
 *
 * <p>The driver's own loader copies the 1 MB library out of the jar and scans the temporary
 * directory on each process start, which cost 100-400 ms of every {@code tutor.jar alembic} run.
 * The cached copy is checked by size against the jar's entry and replaced atomically when it
 * differs; if anything goes wrong, the driver's default loading is left in place.
 */
final class NativeLibrary {
  private static boolean prepared;

  private NativeLibrary() {}

  /** Points sqlite-jdbc at the cached library, extracting it first if needed. Idempotent. */
  static synchronized void prepare() {
    if (prepared || System.getProperty("org.sqlite.lib.path") != null) {
      return;
    }
    prepared = true;
    try {
      String folder = glibcLinuxFolder();
      if (folder == null) {
        return;
      }
      String name = System.mapLibraryName("sqlitejdbc");
      URL resource =
          SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
      if (resource == null) {
        return;
      }
      long size = resource.openConnection().getContentLengthLong();
      Path dir =
          cacheRoot().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(folder);
      Path library = dir.resolve(name);
      if (!Files.isRegularFile(library) || Files.size(library) != size) {
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, name, ".part");
        try (InputStream in = resource.openStream()) {
          Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(
            partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      System.setProperty("org.sqlite.lib.path", dir.toString());
      System.setProperty("org.sqlite.lib.name", name);
      // The driver still cleans up stale copies in its temp dir: make that a small folder.
      System.setProperty("org.sqlite.tmpdir", dir.toString());
    } catch (IOException | RuntimeException e) {
      // The driver's default extraction still works; it is only slower.
    }
  }

  /**
   * The driver's native folder on glibc Linux ({@code Linux/x86_64}, {@code Linux/aarch64}), or
   * null elsewhere. Worked out here because the driver's OSInfo starts {@code uname} processes.
   */
  private static String glibcLinuxFolder() {
    if (!"Linux".equals(System.getProperty("os.name"))
        || System.getProperty("java.runtime.name", "").toLowerCase().contains("android")
        || Files.exists(Path.of("/lib/ld-musl-x86_64.so.1"))
        || Files.exists(Path.of("/lib/ld-musl-aarch64.so.1"))) {
      return null;
    }
    return switch (System.getProperty("os.arch", "")) {
      case "amd64", "x86_64" -> "Linux/x86_64";
      case "aarch64", "arm64" -> "Linux/aarch64";
      default -> null;
    };
  }

  private static Path cacheRoot() throws IOException {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    Path root;
    if (xdg != null && !xdg.isBlank()) {
      root = Path.of(xdg, "migration-tutor");
    } else if (home != null && !home.isBlank() && Files.isWritable(Path.of(home))) {
      root = Path.of(home, ".cache", "migration-tutor");
    } else {
      root =
          Path.of(
              System.getProperty("java.io.tmpdir"),
              "migration-tutor-" + System.getProperty("user.name", "user"));
    }
    if (!Files.isDirectory(root)) {
      Files.createDirectories(root);
      try {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX filesystem: nothing more to restrict.
      }
    }
    return root;
  }
}
