package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Removing folder trees without following links, sparing the tutor's folder and kept paths. */
final class Tree {
  private Tree() {}

  /**
   * Deletes what is at workspace-relative {@code rel} ("" for the whole workspace, whose {@code
   * .tutor} stays), except the paths in {@code keep} and the folders that lead to them.
   */
  static void deleteExcept(Path workspace, String rel, Set<String> keep) throws IOException {
    Path p = rel.isEmpty() ? workspace : workspace.resolve(rel);
    delete(workspace, p, rel, keep);
  }

  /** Returns whether {@code p} is gone. */
  private static boolean delete(Path workspace, Path p, String rel, Set<String> keep)
      throws IOException {
    if (keep.contains(rel)) {
      return false;
    }
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        s.forEach(children::add);
      }
      boolean empty = true;
      for (Path c : children) {
        String name = c.getFileName().toString();
        if (rel.isEmpty() && name.equals(WorkspacePaths.TUTOR_DIR)) {
          empty = false;
          continue;
        }
        empty &= delete(workspace, c, rel.isEmpty() ? name : rel + "/" + name, keep);
      }
      if (!empty || rel.isEmpty()) {
        return false;
      }
    }
    Files.delete(p);
    return true;
  }
}
