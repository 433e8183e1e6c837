package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The confinement rule of the sandbox: every path a learner types, a lesson names or a command
 * reaches resolves inside the workspace, and the tutor's own {@code .tutor} folder is read-only.
 *
 * <p>Paths are the real ones: {@code pwd} prints the workspace's absolute path, and Alembic prints
 * absolute paths too, so learners may type either form. A path is refused when, after {@code ..} is
 * applied, it leaves the workspace, or when a symbolic link on the way (including the last
 * component) points outside it. The returned path keeps the learner's spelling below the root (a
 * link inside the workspace stays a link), so {@code rm} removes a link, not its target.
 */
public final class WorkspacePaths {
  /** The name of the tutor's own folder at the workspace root. */
  public static final String TUTOR_DIR = ".tutor";

  private static final String OUTSIDE = "outside the tutor's workspace";

  private final Path root;
  private final Path tutorDir;

  /** Confines to {@code root}, which must exist; its real path is used from here on. */
  public WorkspacePaths(Path root) {
    try {
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new WorkspaceException(
          "The workspace folder " + root + " cannot be read: " + e.getMessage(), e);
    }
    this.tutorDir = this.root.resolve(TUTOR_DIR);
  }

  /** The workspace folder (a real, absolute path). */
  public Path root() {
    return root;
  }

  /** The tutor's own folder inside the workspace. */
  public Path tutorDir() {
    return tutorDir;
  }

  /**
   * The file {@code typed} names, relative to {@code cwd} (a directory inside the workspace) or
   * absolute. The file need not exist.
   *
   * @throws NoSuchFileException for an empty name, as the real tools report it
   * @throws SandboxPathException when the name leads outside the workspace
   */
  public Path resolve(Path cwd, String typed) throws IOException {
    if (typed.isEmpty()) {
      throw new NoSuchFileException(typed);
    }
    Path p;
    try {
      p = typed.startsWith("/") ? Path.of(typed) : cwd.resolve(typed);
    } catch (InvalidPathException e) {
      // A NUL byte or similar: no such file could exist.
      throw new NoSuchFileException(typed);
    }
    p = p.normalize();
    if (!p.startsWith(root)) {
      throw new SandboxPathException(typed, OUTSIDE);
    }
    checkLinks(p, typed);
    return p;
  }

  /**
   * Like {@link #resolve}, for a path a command is about to create, change or remove: also refuses
   * the workspace folder itself and anything in the tutor's own folder.
   */
  public Path resolveForChange(Path cwd, String typed) throws IOException {
    Path p = resolve(cwd, typed);
    checkChangeable(p, typed);
    return p;
  }

  /** Refuses changes to the workspace folder itself and to the tutor's own folder. */
  public void checkChangeable(Path p, String typed) throws SandboxPathException {
    if (p.equals(root)) {
      throw new SandboxPathException(typed, "the workspace folder itself cannot be changed");
    }
    if (p.startsWith(tutorDir)) {
      throw new SandboxPathException(
          typed,
          "the tutor keeps undo and the transcript in .tutor; it cannot be changed from the shell");
    }
  }

  /** Whether {@code p} (absolute, normalized) lies inside the workspace. */
  public boolean contains(Path p) {
    return p.normalize().startsWith(root);
  }

  /** Whether {@code p} is in the tutor's own folder. */
  public boolean isTutorPath(Path p) {
    return p.normalize().startsWith(tutorDir);
  }

  /** {@code p} relative to the root, {@code "."} for the root itself, with {@code /} separators. */
  public String relative(Path p) {
    Path rel = root.relativize(p.normalize());
    String s = rel.toString();
    return s.isEmpty() ? "." : s;
  }

  /** {@code p} as the prompt shows it: {@code ~} for the root, {@code ~/alembic} below it. */
  public String display(Path p) {
    String rel = relative(p);
    return rel.equals(".") ? "~" : "~/" + rel;
  }

  /**
   * Refuses a path whose longest existing prefix is (or runs through) a symbolic link to a place
   * outside the workspace, or whose last component is a dangling link pointing outside it.
   */
  private void checkLinks(Path p, String typed) throws IOException {
    Path existing = p;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null || existing.equals(root)) {
      return;
    }
    Path real;
    try {
      real = existing.toRealPath();
    } catch (NoSuchFileException e) {
      // A dangling link: judge it by where it points.
      Path target = existing.getParent().resolve(Files.readSymbolicLink(existing)).normalize();
      if (!target.startsWith(root)) {
        throw new SandboxPathException(typed, OUTSIDE + " (a link points outside it)");
      }
      return;
    }
    if (!real.startsWith(root)) {
      throw new SandboxPathException(typed, OUTSIDE + " (a link points outside it)");
    }
  }
}
