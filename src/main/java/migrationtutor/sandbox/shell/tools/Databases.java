package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import migrationtutor.sandbox.shell.CommandContext;

/** The SQLite database files in a workspace, found by their header, for undo footprints. */
final class Databases {
  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final long MAX_BYTES = 64L << 20;

  private Databases() {}

  /** Workspace-relative paths of database files and their journals, outside {@code .tutor}. */
  static List<String> all(CommandContext ctx) {
    List<String> out = new ArrayList<>();
    Path root = ctx.paths().root();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !ctx.paths().isTutorPath(p))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(Databases::isDatabase)
          .forEach(p -> withJournals(ctx.paths().relative(p), out));
    } catch (IOException | RuntimeException e) {
      // A folder that cannot be read holds no database the commands could open either.
    }
    return out;
  }

  /** The file and the journal files SQLite may create next to it. */
  static void withJournals(String rel, List<String> out) {
    out.add(rel);
    out.add(rel + "-journal");
    out.add(rel + "-wal");
    out.add(rel + "-shm");
  }

  private static boolean isDatabase(Path p) {
    try {
      if (Files.size(p) > MAX_BYTES) {
        return false;
      }
      try (InputStream in = Files.newInputStream(p)) {
        return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
      }
    } catch (IOException e) {
      return false;
    }
  }
}
