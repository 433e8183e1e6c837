package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a later session on the same workspace resumes with: the shell's current directory ({@code
 * .tutor/cwd}) and the command history ({@code .tutor/history}, one entry per line, newlines in an
 * entry written as {@code \n}). Both are replaced whole, through a temporary file, so a crash
 * leaves the old or the new version, never a mix.
 */
public final class WorkspaceState {
  /** How many history entries are kept. */
  public static final int MAX_HISTORY = 1000;

  private final Path dir;
  private final WorkspacePaths paths;

  WorkspaceState(Path dir, WorkspacePaths paths) {
    this.dir = dir;
    this.paths = paths;
  }

  /** The directory the last session ended in, or the root when it is gone or unknown. */
  public Path cwd() {
    try {
      Path f = dir.resolve("cwd");
      if (Files.exists(f)) {
        String rel = Files.readString(f, StandardCharsets.UTF_8).strip();
        Path p = paths.resolve(paths.root(), rel.isEmpty() ? "." : rel);
        if (Files.isDirectory(p) && !paths.isTutorPath(p)) {
          return p;
        }
      }
    } catch (IOException | RuntimeException e) {
      // An unreadable note means starting at the root.
    }
    return paths.root();
  }

  /** Remembers the current directory. */
  public void saveCwd(Path cwd) throws IOException {
    replace(dir.resolve("cwd"), paths.relative(cwd) + "\n");
  }

  /** The saved history, oldest first. */
  public List<String> history() {
    List<String> out = new ArrayList<>();
    try {
      Path f = dir.resolve("history");
      if (Files.exists(f)) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          out.add(SnapshotEntry.unescape(line));
        }
      }
    } catch (IOException | RuntimeException e) {
      // A damaged history starts empty rather than stopping the tutor.
    }
    return out;
  }

  /** Saves {@code entries} (the newest {@value #MAX_HISTORY} of them). */
  public void saveHistory(List<String> entries) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String e : entries.subList(Math.max(0, entries.size() - MAX_HISTORY), entries.size())) {
      b.append(SnapshotEntry.escape(e)).append('\n');
    }
    replace(dir.resolve("history"), b.toString());
  }

  private static void replace(Path target, String content) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
