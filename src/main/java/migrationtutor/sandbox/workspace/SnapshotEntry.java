package migrationtutor.sandbox.workspace;

/**
 * One line of a snapshot's manifest: what was at a workspace-relative path before the command.
 *
 * @param kind what was there
 * @param path the path relative to the workspace root, {@code ""} for the root
 * @param size the file's size in bytes (0 otherwise)
 * @param mtime the last-modified time in nanoseconds since the epoch (0 for absent paths)
 * @param target a link's target (empty otherwise)
 */
record SnapshotEntry(Kind kind, String path, long size, long mtime, String target) {
  /** What a path held. */
  enum Kind {
    /** A folder. */
    DIR,
    /** A file, copied into the snapshot. */
    FILE,
    /** A symbolic link, recreated as it was. */
    LINK,
    /** Nothing: undo removes whatever is there now. */
    ABSENT,
    /** A file too large to keep: undo leaves it as it is. */
    SKIPPED
  }

  /** The manifest line for this entry. */
  String line() {
    return kind.name() + '\t' + size + '\t' + mtime + '\t' + escape(path) + '\t' + escape(target);
  }

  /** Reads a manifest line written by {@link #line}. */
  static SnapshotEntry parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != 5) {
      throw new IllegalArgumentException("bad manifest line");
    }
    return new SnapshotEntry(
        Kind.valueOf(f[0]),
        unescape(f[3]),
        Long.parseLong(f[1]),
        Long.parseLong(f[2]),
        unescape(f[4]));
  }

  /** The same entry without what a listing cannot compare (used to see whether anything moved). */
  boolean sameState(SnapshotEntry other) {
    Kind a = kind == Kind.SKIPPED ? Kind.FILE : kind;
    Kind b = other.kind == Kind.SKIPPED ? Kind.FILE : other.kind;
    return a == b
        && path.equals(other.path)
        && size == other.size
        && mtime == other.mtime
        && target.equals(other.target);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(
            switch (n) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> n;
            });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
