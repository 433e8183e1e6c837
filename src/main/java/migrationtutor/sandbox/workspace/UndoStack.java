package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Undo for the learner's commands: before a command that may change the workspace, the paths it may
 * change are copied into {@code .tutor/undo/NNNNNNNN/}; afterwards the copy is kept only if
 * something there did change, so {@code undo} always takes back a real change. Undo restores the
 * newest copy and drops it; a second undo goes one change further back.
 *
 * <p>Bounded: at most {@value #MAX_SNAPSHOTS} snapshots and {@value #MAX_TOTAL_BYTES} bytes in all
 * (the oldest go first); a file over {@value #MAX_FILE_BYTES} bytes, or beyond {@value
 * #MAX_SNAPSHOT_BYTES} bytes in one snapshot, is not kept and undo leaves it as it is.
 */
public final class UndoStack {
  static final int MAX_SNAPSHOTS = 30;
  static final long MAX_FILE_BYTES = 16L << 20;
  static final long MAX_SNAPSHOT_BYTES = 64L << 20;
  static final long MAX_TOTAL_BYTES = 256L << 20;

  private final Path workspace;
  private final Path dir;

  UndoStack(Path workspace, Path dir) {
    this.workspace = workspace;
    this.dir = dir;
  }

  /**
   * Runs {@code action}, keeping the state of {@code footprint} from before it if the action
   * changes it. Problems keeping the state are reported to {@code warn} and do not stop the action.
   */
  public <T> T record(
      Footprint footprint, String command, Supplier<T> action, Consumer<String> warn) {
    if (footprint.isEmpty()) {
      return action.get();
    }
    List<String> roots = Snapshot.roots(footprint);
    Path staging = null;
    Snapshot before = null;
    try {
      Files.createDirectories(dir);
      staging = Files.createTempDirectory(dir, "tmp-");
      before =
          Snapshot.capture(
              workspace,
              staging,
              command,
              roots,
              Snapshot.list(workspace, roots),
              MAX_FILE_BYTES,
              MAX_SNAPSHOT_BYTES);
    } catch (IOException | RuntimeException e) {
      warn.accept("undo will not be able to take this command back (" + e.getMessage() + ")");
      deleteQuietly(staging);
      staging = null;
    }
    T result = action.get();
    if (staging != null) {
      keepIfChanged(before, staging, roots, warn);
    }
    return result;
  }

  private void keepIfChanged(
      Snapshot before, Path staging, List<String> roots, Consumer<String> warn) {
    try {
      if (!before.differsFrom(Snapshot.list(workspace, roots))) {
        deleteQuietly(staging);
        return;
      }
      List<Path> kept = snapshots();
      long next = kept.isEmpty() ? 1 : sequence(kept.get(kept.size() - 1)) + 1;
      Files.move(staging, dir.resolve(String.format("%08d", next)), StandardCopyOption.ATOMIC_MOVE);
      prune();
    } catch (IOException | RuntimeException e) {
      warn.accept("undo will not be able to take this command back (" + e.getMessage() + ")");
      deleteQuietly(staging);
    }
  }

  /** Restores the state before the newest kept change, or empty when there is none. */
  public Optional<UndoResult> undo() {
    List<Path> kept = snapshots();
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    Path newest = kept.get(kept.size() - 1);
    try {
      Snapshot s = Snapshot.read(newest);
      List<String> changes = s.changesTo(Snapshot.list(workspace, s.roots));
      s.restore(workspace, newest);
      deleteQuietly(newest);
      return Optional.of(new UndoResult(s.command, s.time, changes, s.partial()));
    } catch (IOException | RuntimeException e) {
      throw new WorkspaceException(
          "Undo could not restore everything ("
              + e.getMessage()
              + "). The saved state is still in "
              + newest
              + ".",
          e);
    }
  }

  /** Removes half-written snapshots left by a tutor that stopped while keeping one. */
  void removeStaging() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "tmp-*")) {
      for (Path p : s) {
        deleteQuietly(p);
      }
    } catch (IOException ignored) {
      // Left for the next start.
    }
  }

  /** How many changes can be undone. */
  public int size() {
    return snapshots().size();
  }

  /** The kept snapshots, oldest first. */
  private List<Path> snapshots() {
    TreeSet<Path> out = new TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "[0-9]*")) {
      for (Path p : s) {
        if (Files.exists(p.resolve(Snapshot.MANIFEST))) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return new ArrayList<>(out);
  }

  private static long sequence(Path p) {
    return Long.parseLong(p.getFileName().toString());
  }

  private void prune() throws IOException {
    List<Path> kept = snapshots();
    long total = 0;
    List<Long> sizes = new ArrayList<>();
    for (Path p : kept) {
      long size = size(p);
      sizes.add(size);
      total += size;
    }
    int i = 0;
    while (i < kept.size() - 1 && (kept.size() - i > MAX_SNAPSHOTS || total > MAX_TOTAL_BYTES)) {
      total -= sizes.get(i);
      deleteQuietly(kept.get(i));
      i++;
    }
  }

  private static long size(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try (var walk = Files.walk(p)) {
      List<Path> all = new ArrayList<>();
      walk.forEach(all::add);
      for (int i = all.size() - 1; i >= 0; i--) {
        Files.deleteIfExists(all.get(i));
      }
    } catch (IOException | RuntimeException ignored) {
      // A leftover folder only costs space; it is pruned or ignored later.
    }
  }
}
