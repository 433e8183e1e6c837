package migrationtutor.course;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import migrationtutor.course.check.PathGlob;
import migrationtutor.course.check.Scratch;
import migrationtutor.course.check.Starters;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;

/**
 * A throw-away workspace in a temporary folder, with the tutor's own shell on it: where {@code
 * verify} plays solutions and wrong answers, and where the state a later lesson starts from is
 * built before it is copied into the learner's workspace.
 */
public final class Sandbox implements AutoCloseable {
  private final Path dir;
  private final Workspace workspace;
  private final Shell shell;

  private Sandbox(Path dir) {
    this.dir = dir;
    // The folder has its workspace.properties, so open() resumes it with its own starter.
    this.workspace = Workspace.open(dir.resolve("ws"), Workspace.DEFAULT_STARTER);
    this.shell =
        new Shell(workspace, Map.of(), Clock.systemDefaultZone(), ToolCommands::registerAll);
  }

  /** A fresh workspace of {@code starter}. */
  public static Sandbox fresh(String starter) throws IOException {
    Path dir = Files.createTempDirectory("tutor-sandbox-");
    Starters.copyTo(starter, dir.resolve("ws"));
    return new Sandbox(dir);
  }

  /** A copy of this sandbox (files, database and transcript), to try something on. */
  public Sandbox copy() throws IOException {
    Path other = Files.createTempDirectory("tutor-sandbox-");
    Path ws = other.resolve("ws");
    Files.createDirectories(ws.resolve(".tutor"));
    Scratch.copyTree(root(), ws, rel -> false);
    for (String f : new String[] {"workspace.properties", "transcript.jsonl"}) {
      Path from = root().resolve(".tutor").resolve(f);
      if (Files.exists(from)) {
        Files.copy(from, ws.resolve(".tutor").resolve(f));
      }
    }
    return new Sandbox(other);
  }

  /** The workspace folder. */
  public Path root() {
    return workspace.root();
  }

  /** The sandbox's workspace. */
  public Workspace workspace() {
    return workspace;
  }

  /** How many lines the transcript has: where a lesson's window starts. */
  public int transcriptSize() {
    try {
      return workspace.transcript().lines().size();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Does {@code action} as the learner would: a command through the shell, an edit on the file.
   *
   * @return null when it worked, else what went wrong
   */
  public String apply(Action action) {
    try {
      if (action instanceof Action.Run r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ShellIO io =
            new ShellIO(
                out,
                out,
                () -> null,
                false,
                false,
                80,
                (file, requested) -> {
                  throw new Exception("a solution cannot open an editor; use a diff block");
                });
        int status = shell.run(r.command(), io);
        return status == 0
            ? null
            : "`"
                + r.command()
                + "` exits with "
                + status
                + ": "
                + lastLine(bytes.toString(StandardCharsets.UTF_8));
      }
      if (action instanceof Action.Edit e) {
        Path file = PathGlob.single(root(), e.path());
        Files.writeString(
            file,
            e.patch().apply(Files.readString(file, StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8);
        return null;
      }
      Action.Write w = (Action.Write) action;
      Path file = root().resolve(w.path()).normalize();
      if (!file.startsWith(root())) {
        return w.path() + " is outside the workspace";
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, w.content(), StandardCharsets.UTF_8);
      return null;
    } catch (IOException | IllegalStateException ex) {
      String where = action instanceof Action.Edit e ? e.path() : "";
      return (where.isEmpty() ? "" : where + ": ") + ex.getMessage();
    }
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines.length == 0 ? "(no output)" : lines[lines.length - 1];
  }

  @Override
  public void close() {
    workspace.close();
    Scratch.delete(dir);
  }
}
