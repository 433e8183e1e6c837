package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;

/**
 * What {@code ls -l} shows of one file, read without following links: the {@code stat} fields Java
 * exposes through the {@code unix} attribute view.
 *
 * @param name the name to print
 * @param path the file
 * @param mode the {@code st_mode} bits (type and permissions)
 * @param links the number of hard links
 * @param owner the owner's name
 * @param group the group's name
 * @param size the size in bytes
 * @param mtime the last-modified time in nanoseconds since the epoch
 * @param target a link's target, or null
 */
record FileInfo(
    String name,
    Path path,
    int mode,
    long links,
    String owner,
    String group,
    long size,
    long mtime,
    String target) {
  private static final int S_IFMT = 0170000;
  private static final int S_IFDIR = 0040000;
  private static final int S_IFLNK = 0120000;

  /** Reads {@code path}'s metadata; the name is what the listing prints. */
  static FileInfo of(String name, Path path) throws IOException {
    Map<String, Object> unix =
        Files.readAttributes(path, "unix:mode,nlink", LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributes posix =
        Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    String target = posix.isSymbolicLink() ? Files.readSymbolicLink(path).toString() : null;
    return new FileInfo(
        name,
        path,
        (Integer) unix.get("mode"),
        ((Number) unix.get("nlink")).longValue(),
        posix.owner().getName(),
        posix.group().getName(),
        posix.size(),
        posix.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
        target);
  }

  /** The same metadata under another name ({@code .} and {@code ..}). */
  FileInfo named(String newName) {
    return new FileInfo(newName, path, mode, links, owner, group, size, mtime, target);
  }

  boolean isDirectory() {
    return (mode & S_IFMT) == S_IFDIR;
  }

  boolean isLink() {
    return (mode & S_IFMT) == S_IFLNK;
  }

  /**
   * The 1 KiB blocks the file occupies, as {@code ls} totals them. Java cannot read {@code
   * st_blocks}, so this is what ext4 and most Linux file systems allocate: whole 4 KiB blocks for
   * files and folders, none for a short link.
   */
  long blocks() {
    if (isLink()) {
      return 0;
    }
    return (size + 4095) / 4096 * 4;
  }

  /** The mode string, e.g. {@code drwxr-xr-x}, as {@code filemode.c} writes it. */
  String modeString() {
    char[] m = new char[10];
    m[0] =
        switch (mode & S_IFMT) {
          case S_IFDIR -> 'd';
          case S_IFLNK -> 'l';
          case 0020000 -> 'c';
          case 0060000 -> 'b';
          case 0010000 -> 'p';
          case 0140000 -> 's';
          default -> '-';
        };
    String rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      m[i + 1] = (mode & (0400 >> i)) != 0 ? rwx.charAt(i) : '-';
    }
    m[3] = special(mode & 04000, m[3], 's');
    m[6] = special(mode & 02000, m[6], 's');
    m[9] = special(mode & 01000, m[9], 't');
    return new String(m);
  }

  private static char special(int bit, char current, char letter) {
    if (bit == 0) {
      return current;
    }
    return current == '-' ? Character.toUpperCase(letter) : letter;
  }
}
