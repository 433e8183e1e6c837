package migrationtutor.course.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import migrationtutor.sandbox.workspace.Workspace;

/**
 * Pristine workspaces made from the starter projects, built once per run of the tutor: the source
 * of fresh sandboxes (copied, never used in place) and of the starter's own rows and database for
 * checks that run migrations on a scratch copy.
 */
public final class Starters {
  private static final Map<String, Path> BUILT = new ConcurrentHashMap<>();

  private Starters() {}

  /** The pristine workspace of {@code starter}; read it, never change it. */
  public static Path pristine(String starter) {
    return BUILT.computeIfAbsent(starter, Starters::build);
  }

  /** The pristine database of {@code starter}. */
  static Path database(String starter) {
    return pristine(starter).resolve(Probe.DATABASE);
  }

  /**
   * Makes {@code target} (which must not exist) a fresh workspace of {@code starter}, as {@link
   * Workspace#open} would, by copying the pristine one.
   */
  public static void copyTo(String starter, Path target) throws IOException {
    Path from = pristine(starter);
    Files.createDirectories(target);
    Scratch.copyTree(from, target, rel -> false);
    Path tutor = target.resolve(".tutor");
    Files.createDirectories(tutor);
    Files.copy(from.resolve(".tutor/workspace.properties"), tutor.resolve("workspace.properties"));
  }

  private static Path build(String starter) {
    try {
      Path dir = Files.createTempDirectory("tutor-starter-").resolve(starter);
      Workspace.open(dir, starter).close();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> Scratch.delete(dir.getParent())));
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot build the starter " + starter + ": " + e.getMessage(), e);
    }
  }
}
