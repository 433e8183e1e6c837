package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;

/**
 * A learner's workspace: an ordinary folder holding their project (created from a starter on first
 * use, so learners may also open it in their own editor) and the tutor's {@code .tutor} folder (the
 * lock, undo snapshots, the transcript, history and the current directory).
 *
 * <p>Only one tutor may use a workspace at a time; {@link #open} takes the lock and {@link #close}
 * gives it back. A folder that has other files but no {@code .tutor} is never taken over.
 */
public final class Workspace implements AutoCloseable {
  /** The starter project the core course uses. */
  public static final String DEFAULT_STARTER = "personal_todo";

  private static final String PROPERTIES = "workspace.properties";

  private final WorkspacePaths paths;
  private final WorkspaceLock lock;
  private volatile String project;
  private final boolean created;
  private final UndoStack undo;
  private final Transcript transcript;
  private final WorkspaceState state;

  private Workspace(WorkspacePaths paths, WorkspaceLock lock, String project, boolean created) {
    this.paths = paths;
    this.lock = lock;
    this.project = project;
    this.created = created;
    Path tutor = paths.tutorDir();
    this.undo = new UndoStack(paths.root(), tutor.resolve("undo"));
    this.transcript = new Transcript(tutor.resolve("transcript.jsonl"));
    this.state = new WorkspaceState(tutor, paths);
    undo.removeStaging();
  }

  /**
   * Opens the workspace in {@code dir}, creating it from starter {@code starter} if the folder does
   * not exist or is empty, and locks it.
   *
   * @throws WorkspaceException when the folder is not a workspace, is in use, or cannot be made
   */
  public static Workspace open(Path dir, String starter) {
    Path root = dir.toAbsolutePath().normalize();
    try {
      if (Files.exists(root) && !Files.isDirectory(root)) {
        throw new WorkspaceException(
            root
                + " is a file, not a folder. Choose a folder for the"
                + " workspace with --workspace DIR.");
      }
      Path tutor = root.resolve(WorkspacePaths.TUTOR_DIR);
      Path properties = tutor.resolve(PROPERTIES);
      if (Files.exists(properties)) {
        WorkspacePaths paths = new WorkspacePaths(root);
        WorkspaceLock lock = WorkspaceLock.acquire(tutor.resolve("lock"), paths.root());
        return new Workspace(paths, lock, readProject(properties, starter), false);
      }
      if (Files.isDirectory(root) && !Files.isDirectory(tutor) && !isEmpty(root)) {
        throw new WorkspaceException(
            root
                + " already has files and is not a tutor workspace"
                + " (it has no .tutor folder). The tutor only creates workspaces in new or empty"
                + " folders: choose another one with --workspace DIR.");
      }
      Files.createDirectories(tutor);
      WorkspacePaths paths = new WorkspacePaths(root);
      WorkspaceLock lock = WorkspaceLock.acquire(paths.tutorDir().resolve("lock"), paths.root());
      try {
        create(paths, starter);
      } catch (IOException | RuntimeException e) {
        lock.close();
        throw e;
      }
      return new Workspace(paths, lock, starter, true);
    } catch (IOException e) {
      throw new WorkspaceException(
          "Cannot set up the workspace " + root + ": " + e.getMessage(), e);
    }
  }

  /** Fills a new (or half-made) workspace from the starter; the properties file comes last. */
  private static void create(WorkspacePaths paths, String starter) throws IOException {
    // A half-made workspace (a tutor stopped while creating it) is started again from scratch.
    Tree.deleteExcept(paths.root(), "", Set.of());
    String script = StarterProject.copyTo(starter, paths.root());
    if (script != null) {
      StarterDatabase.build(paths.root(), script);
    }
    Properties p = new Properties();
    p.setProperty("starter", starter);
    p.setProperty("created", Instant.now().toString());
    p.setProperty("format", "1");
    try (var out =
        Files.newBufferedWriter(paths.tutorDir().resolve(PROPERTIES), StandardCharsets.UTF_8)) {
      p.store(out, "Migration Tutor workspace");
    }
  }

  private static String readProject(Path properties, String fallback) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p.getProperty("starter", fallback);
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  /** The workspace folder (its real path). */
  public Path root() {
    return paths.root();
  }

  /** The confinement rule for paths in this workspace. */
  public WorkspacePaths paths() {
    return paths;
  }

  /** The starter project's name, shown in the prompt. */
  public String project() {
    return project;
  }

  /**
   * Records that the project in the workspace is now starter {@code starter}'s (a lesson on another
   * starter replaced it): the prompt shows it, and the next {@link #open} resumes with it.
   */
  public void switchProject(String starter) {
    if (starter.equals(project)) {
      return;
    }
    Path file = paths.tutorDir().resolve(PROPERTIES);
    try {
      Properties p = new Properties();
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          p.load(in);
        }
      }
      p.setProperty("starter", starter);
      Path temp = paths.tutorDir().resolve(PROPERTIES + ".tmp");
      try (var out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        p.store(out, "Migration Tutor workspace");
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new WorkspaceException("Cannot record the workspace's project: " + e.getMessage(), e);
    }
    project = starter;
  }

  /** Whether this {@link #open} created the workspace (rather than resuming one). */
  public boolean created() {
    return created;
  }

  /** Undo snapshots. */
  public UndoStack undo() {
    return undo;
  }

  /** The command transcript. */
  public Transcript transcript() {
    return transcript;
  }

  /** The current directory and history a later session resumes with. */
  public WorkspaceState state() {
    return state;
  }

  /** Gives the workspace back for another tutor. */
  @Override
  public void close() {
    lock.close();
  }
}
