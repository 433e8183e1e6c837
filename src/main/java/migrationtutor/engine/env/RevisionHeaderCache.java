package migrationtutor.engine.env;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.revision.Revision;

/**
 * What the engine learned from each revision file the last time it read it — its identifiers and
 * docstring — kept per versions folder in the tutor's cache, so commands that only need the
 * revision graph do not parse and evaluate a thousand unchanged files again. Python does the same
 * with its bytecode cache when Alembic imports them.
 *
 * <p>An entry is valid only for the exact file state it was made from (size and modification time),
 * and only files whose top level has no effects are entered (see {@link RevisionScripts}), so using
 * an entry prints and changes nothing a full load would have.
 */
final class RevisionHeaderCache {
  private static final int FORMAT = 1;
  private static final String MAGIC = "migration-tutor revision headers";

  /** A file's state: an entry made from another state is stale. */
  record Stamp(long size, long modifiedNanos) {
    static Optional<Stamp> of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return Optional.of(
            new Stamp(
                a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }

  /** The header of one file: its revision and its docstring (null when it has none). */
  record Header(Stamp stamp, Revision revision, String doc) {}

  private final Path store;
  private final Map<String, Header> entries;
  private boolean changed;

  private RevisionHeaderCache(Path store, Map<String, Header> entries) {
    this.store = store;
    this.entries = entries;
  }

  /** The cache of one versions folder (empty when there is no usable cache directory). */
  static RevisionHeaderCache forFolder(Path versions) {
    Path store =
        cacheRoot().map(r -> r.resolve(digest(versions.toAbsolutePath().toString()))).orElse(null);
    return new RevisionHeaderCache(store, store == null ? new HashMap<>() : read(store));
  }

  /** The header recorded for a file name, if it was made from this exact file state. */
  Optional<Header> lookup(String fileName, Stamp stamp) {
    Header h = entries.get(fileName);
    return h != null && h.stamp().equals(stamp) ? Optional.of(h) : Optional.empty();
  }

  /** Records a header learned by a full load. */
  void record(String fileName, Header header) {
    Header old = entries.put(fileName, header);
    changed |= !header.equals(old);
  }

  /** Writes the cache if anything changed (atomically; failures only cost speed). */
  void save() {
    if (!changed || store == null) {
      return;
    }
    try {
      Files.createDirectories(store.getParent());
      Path partial =
          Files.createTempFile(store.getParent(), store.getFileName().toString(), ".part");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(entries.size());
        for (Map.Entry<String, Header> e : entries.entrySet()) {
          Header h = e.getValue();
          out.writeUTF(e.getKey());
          out.writeLong(h.stamp().size());
          out.writeLong(h.stamp().modifiedNanos());
          out.writeUTF(h.revision().id());
          writeList(out, h.revision().downRevisions());
          writeList(out, h.revision().branchLabels());
          writeList(out, h.revision().dependsOn());
          writeText(out, h.doc());
        }
      }
      Files.move(
          partial, store, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      changed = false;
    } catch (IOException | RuntimeException e) {
      // The next command reads the files again; nothing else depends on the cache.
    }
  }

  private static Map<String, Header> read(Path store) {
    Map<String, Header> entries = new HashMap<>();
    if (!Files.isRegularFile(store)) {
      return entries;
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(store)))) {
      if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT) {
        return entries;
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String name = in.readUTF();
        Stamp stamp = new Stamp(in.readLong(), in.readLong());
        String id = in.readUTF();
        Revision r = new Revision(id, readList(in), readList(in), readList(in));
        entries.put(name, new Header(stamp, r, readText(in)));
      }
      return entries;
    } catch (IOException | RuntimeException e) {
      // A damaged cache is no cache.
      return new HashMap<>();
    }
  }

  private static void writeList(DataOutputStream out, List<String> items) throws IOException {
    out.writeInt(items.size());
    for (String s : items) {
      out.writeUTF(s);
    }
  }

  private static List<String> readList(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> items = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      items.add(in.readUTF());
    }
    return items;
  }

  // writeUTF is limited to 64 KB; docstrings are written as length-prefixed UTF-8 bytes.
  private static void writeText(DataOutputStream out, String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  private static Optional<Path> cacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "migration-tutor", "revisions"));
    }
    if (home == null || home.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(Path.of(home, ".cache", "migration-tutor", "revisions"));
  }

  private static String digest(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
