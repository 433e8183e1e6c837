package migrationtutor.course;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import migrationtutor.course.check.Scratch;
import migrationtutor.sandbox.workspace.Footprint;
import migrationtutor.sandbox.workspace.Workspace;

/**
 * Replaces the learner's project with another state (lesson preparation, {@code reset}) so that a
 * tutor killed at any moment never leaves a mix of the two. The new state is first copied whole
 * into {@code .tutor/swap/files} and marked ready; only then are the old files removed and the new
 * ones renamed into place (the folder is on the workspace's disk, so each rename is atomic). A swap
 * found ready at the next start is finished ({@link #recover}); one not ready is thrown away, as
 * the project was not touched yet.
 */
public final class ProjectSwap {
  private static final String DIR = "swap";
  private static final String READY = "ready";

  private ProjectSwap() {}

  /** Installs the project at {@code state} into {@code workspace} as one undoable change. */
  public static void install(Path state, Workspace workspace, String label) throws IOException {
    Path swap = workspace.root().resolve(".tutor").resolve(DIR);
    Scratch.delete(swap);
    Files.createDirectories(swap);
    Scratch.copyTree(state, swap.resolve("files"), rel -> false);
    Files.createFile(swap.resolve(READY));
    IOException[] failed = new IOException[1];
    workspace
        .undo()
        .record(
            Footprint.EVERYTHING,
            label,
            () -> {
              try {
                finish(workspace.root());
              } catch (IOException e) {
                failed[0] = e;
              }
              return null;
            },
            warning -> {});
    if (failed[0] != null) {
      throw failed[0];
    }
  }

  /**
   * Completes a swap a killed tutor left ready, or removes one that was not.
   *
   * @return whether a swap was completed
   */
  public static boolean recover(Path root) throws IOException {
    Path swap = root.resolve(".tutor").resolve(DIR);
    if (!Files.isDirectory(swap)) {
      return false;
    }
    if (!Files.exists(swap.resolve(READY))) {
      Scratch.delete(swap);
      return false;
    }
    finish(root);
    return true;
  }

  /** Removes the project's files and renames the ready state's into place; then drops the swap. */
  private static void finish(Path root) throws IOException {
    Path swap = root.resolve(".tutor").resolve(DIR);
    Path files = swap.resolve("files");
    Path cleared = swap.resolve("cleared");
    // Once the old files are gone, the entries already moved in are the new state's: keep them.
    if (!Files.exists(cleared)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(root)) {
        for (Path p : s) {
          if (!p.getFileName().toString().equals(".tutor")) {
            Scratch.delete(p);
            if (Files.exists(p)) {
              throw new IOException(root.relativize(p) + " could not be removed");
            }
          }
        }
      }
      Files.createFile(cleared);
    }
    if (Files.isDirectory(files)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(files)) {
        for (Path p : s) {
          Files.move(p, root.resolve(p.getFileName().toString()));
        }
      }
    }
    Scratch.delete(swap);
  }
}
