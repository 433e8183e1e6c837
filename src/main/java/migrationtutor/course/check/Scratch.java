package migrationtutor.course.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copying and removing folder trees for scratch copies of a workspace. */
public final class Scratch {
  private Scratch() {}

  /**
   * Copies the files under {@code from} into {@code to}, except the tutor's {@code .tutor} folder
   * and the paths {@code skip} rejects (workspace-relative, with {@code /}). Links are not
   * followed.
   */
  public static void copyTree(Path from, Path to, Predicate<String> skip) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(all::add);
    }
    for (Path p : all) {
      String rel = from.relativize(p).toString().replace('\\', '/');
      if (rel.isEmpty()
          || rel.equals(".tutor")
          || rel.startsWith(".tutor/")
          || skip.test(rel)
          || Files.isSymbolicLink(p)) {
        continue;
      }
      Path dest = to.resolve(rel);
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(dest);
      } else {
        Files.createDirectories(dest.getParent());
        Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /** Removes a folder tree (or a file); problems are ignored, as for any temporary file. */
  public static void delete(Path p) {
    if (p == null || !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      List<Path> all = new ArrayList<>();
      walk.forEach(all::add);
      for (int i = all.size() - 1; i >= 0; i--) {
        Files.deleteIfExists(all.get(i));
      }
    } catch (IOException | RuntimeException ignored) {
      // A leftover temporary folder only costs space.
    }
  }
}
