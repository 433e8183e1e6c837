package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The state of some workspace paths before one command, kept in a folder of {@code .tutor/undo}: a
 * {@code manifest} (the command, then one {@link SnapshotEntry} per path, folders before their
 * contents) and a {@code files/} copy of every file. Links are recorded, never followed.
 */
final class Snapshot {
  static final String MANIFEST = "manifest";
  static final String FILES = "files";

  final String command;
  final Instant time;
  final List<String> roots;
  final List<SnapshotEntry> entries;

  private Snapshot(String command, Instant time, List<String> roots, List<SnapshotEntry> entries) {
    this.command = command;
    this.time = time;
    this.roots = roots;
    this.entries = entries;
  }

  /** The footprint's top paths: "" for everything, otherwise paths not inside another one. */
  static List<String> roots(Footprint fp) {
    if (fp.everything()) {
      return List.of("");
    }
    List<String> out = new ArrayList<>();
    for (String p : new TreeSet<>(fp.paths())) {
      if (out.stream().noneMatch(r -> p.startsWith(r + "/"))) {
        out.add(p);
      }
    }
    return out;
  }

  /** What is at the roots now (no copying). */
  static List<SnapshotEntry> list(Path workspace, List<String> roots) throws IOException {
    List<SnapshotEntry> out = new ArrayList<>();
    for (String r : roots) {
      walk(workspace, r, out);
    }
    return out;
  }

  private static void walk(Path workspace, String rel, List<SnapshotEntry> out) throws IOException {
    Path p = rel.isEmpty() ? workspace : workspace.resolve(rel);
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      out.add(new SnapshotEntry(SnapshotEntry.Kind.ABSENT, rel, 0, 0, ""));
      return;
    }
    BasicFileAttributes a =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    long mtime = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    if (a.isSymbolicLink()) {
      out.add(
          new SnapshotEntry(
              SnapshotEntry.Kind.LINK, rel, 0, 0, Files.readSymbolicLink(p).toString()));
    } else if (a.isDirectory()) {
      out.add(new SnapshotEntry(SnapshotEntry.Kind.DIR, rel, 0, mtime, ""));
      Set<String> names = new TreeSet<>();
      try (DirectoryStream<Path> children = Files.newDirectoryStream(p)) {
        for (Path c : children) {
          names.add(c.getFileName().toString());
        }
      }
      for (String name : names) {
        if (rel.isEmpty() && name.equals(WorkspacePaths.TUTOR_DIR)) {
          continue;
        }
        walk(workspace, rel.isEmpty() ? name : rel + "/" + name, out);
      }
    } else {
      out.add(new SnapshotEntry(SnapshotEntry.Kind.FILE, rel, a.size(), mtime, ""));
    }
  }

  /**
   * Copies the files of {@code listing} into {@code dir}; files over {@code maxFile} bytes, and any
   * once {@code maxTotal} bytes are copied, are marked skipped.
   */
  static Snapshot capture(
      Path workspace,
      Path dir,
      String command,
      List<String> roots,
      List<SnapshotEntry> listing,
      long maxFile,
      long maxTotal)
      throws IOException {
    List<SnapshotEntry> kept = new ArrayList<>();
    long total = 0;
    Path files = dir.resolve(FILES);
    for (SnapshotEntry e : listing) {
      if (e.kind() == SnapshotEntry.Kind.FILE) {
        if (e.size() > maxFile || total + e.size() > maxTotal) {
          kept.add(
              new SnapshotEntry(SnapshotEntry.Kind.SKIPPED, e.path(), e.size(), e.mtime(), ""));
          continue;
        }
        Path copy = files.resolve(e.path());
        Files.createDirectories(copy.getParent());
        Files.copy(workspace.resolve(e.path()), copy, LinkOption.NOFOLLOW_LINKS);
        total += e.size();
      }
      kept.add(e);
    }
    Snapshot s = new Snapshot(command, Instant.now(), roots, kept);
    s.writeManifest(dir);
    return s;
  }

  private void writeManifest(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("command\t").append(SnapshotEntry.escape(command)).append('\n');
    b.append("time\t").append(time).append('\n');
    for (String r : roots) {
      b.append("root\t").append(SnapshotEntry.escape(r)).append('\n');
    }
    for (SnapshotEntry e : entries) {
      b.append(e.line()).append('\n');
    }
    Files.writeString(dir.resolve(MANIFEST), b, StandardCharsets.UTF_8);
  }

  /** Reads the snapshot kept in {@code dir}. */
  static Snapshot read(Path dir) throws IOException {
    String command = "";
    Instant time = Instant.EPOCH;
    List<String> roots = new ArrayList<>();
    List<SnapshotEntry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      if (line.startsWith("command\t")) {
        command = SnapshotEntry.unescape(line.substring(8));
      } else if (line.startsWith("time\t")) {
        time = Instant.parse(line.substring(5));
      } else if (line.startsWith("root\t")) {
        roots.add(SnapshotEntry.unescape(line.substring(5)));
      } else if (!line.isEmpty()) {
        entries.add(SnapshotEntry.parse(line));
      }
    }
    return new Snapshot(command, time, roots, entries);
  }

  /** Whether {@code now} (a fresh listing of the same roots) differs from the snapshot. */
  boolean differsFrom(List<SnapshotEntry> now) {
    if (now.size() != entries.size()) {
      return true;
    }
    for (int i = 0; i < now.size(); i++) {
      if (!entries.get(i).sameState(now.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What putting {@code now} back to this snapshot does, path by path (folders whose only change is
   * their time are left out; within a new folder only the folder is named).
   */
  List<String> changesTo(List<SnapshotEntry> now) {
    java.util.Map<String, SnapshotEntry> before = new java.util.TreeMap<>();
    for (SnapshotEntry e : entries) {
      before.put(e.path(), e);
    }
    java.util.Map<String, SnapshotEntry> after = new java.util.TreeMap<>();
    for (SnapshotEntry e : now) {
      after.put(e.path(), e);
    }
    java.util.TreeSet<String> all = new java.util.TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    List<String> out = new ArrayList<>();
    String newFolder = null;
    for (String path : all) {
      SnapshotEntry b = before.get(path);
      SnapshotEntry a = after.get(path);
      boolean was = b != null && b.kind() != SnapshotEntry.Kind.ABSENT;
      boolean is = a != null && a.kind() != SnapshotEntry.Kind.ABSENT;
      if (newFolder != null && path.startsWith(newFolder + "/")) {
        continue;
      }
      newFolder = null;
      if (!was && is) {
        out.add("removed " + path);
        if (a.kind() == SnapshotEntry.Kind.DIR) {
          newFolder = path;
        }
      } else if (was && !is) {
        out.add("brought back " + path);
      } else if (was
          && !b.sameState(a)
          && !(b.kind() == SnapshotEntry.Kind.DIR && a.kind() == SnapshotEntry.Kind.DIR)) {
        out.add("restored " + path);
      }
    }
    return out;
  }

  /** Puts the roots back as they were; skipped files stay as they are now. */
  void restore(Path workspace, Path dir) throws IOException {
    Set<String> skipped = new TreeSet<>();
    for (SnapshotEntry e : entries) {
      if (e.kind() == SnapshotEntry.Kind.SKIPPED) {
        skipped.add(e.path());
      }
    }
    for (String r : roots) {
      Tree.deleteExcept(workspace, r, skipped);
    }
    List<SnapshotEntry> dirs = new ArrayList<>();
    for (SnapshotEntry e : entries) {
      Path p = e.path().isEmpty() ? workspace : workspace.resolve(e.path());
      switch (e.kind()) {
        case DIR -> {
          Files.createDirectories(p);
          dirs.add(e);
        }
        case FILE -> {
          Files.createDirectories(p.getParent());
          Files.copy(dir.resolve(FILES).resolve(e.path()), p, StandardCopyOption.REPLACE_EXISTING);
          Files.setLastModifiedTime(p, FileTime.from(e.mtime(), TimeUnit.NANOSECONDS));
        }
        case LINK -> {
          Files.createDirectories(p.getParent());
          Files.createSymbolicLink(p, Path.of(e.target()));
        }
        default -> {
          // ABSENT: deleted above; SKIPPED: left alone.
        }
      }
    }
    for (int i = dirs.size() - 1; i >= 0; i--) {
      SnapshotEntry d = dirs.get(i);
      Path p = d.path().isEmpty() ? workspace : workspace.resolve(d.path());
      Files.setLastModifiedTime(p, FileTime.from(d.mtime(), TimeUnit.NANOSECONDS));
    }
  }

  /** Whether any file was too large to keep. */
  boolean partial() {
    return entries.stream().anyMatch(e -> e.kind() == SnapshotEntry.Kind.SKIPPED);
  }
}
