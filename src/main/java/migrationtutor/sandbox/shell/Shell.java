package migrationtutor.sandbox.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import migrationtutor.sandbox.shell.parse.CommandList;
import migrationtutor.sandbox.shell.parse.CursorContext;
import migrationtutor.sandbox.shell.parse.ShellParser;
import migrationtutor.sandbox.shell.parse.ShellSyntaxException;
import migrationtutor.sandbox.workspace.Footprint;
import migrationtutor.sandbox.workspace.TranscriptEntry;
import migrationtutor.sandbox.workspace.Workspace;

/**
 * The learner's confined shell on one workspace: {@link #run} takes a typed command line, keeps an
 * undo snapshot of what it may change, runs it, and records it in the history and the transcript.
 * Every front end (the plain console now, a full-screen UI later) drives the same object through
 * {@link #run}, {@link #isComplete} and {@link #complete}, giving it a {@link ShellIO} for its own
 * screen.
 *
 * <p>No real process is started, except the learner's editor through {@link FileEditor}.
 */
public final class Shell {
  /** The longest command line accepted (a pasted file is far shorter). */
  public static final int MAX_LINE = 1 << 20;

  /** Host variables the sandbox passes on; the rest of the host's environment stays outside. */
  private static final List<String> PASSED_ON =
      List.of(
          "EDITOR",
          "VISUAL",
          "TERM",
          "LANG",
          "LC_ALL",
          "LC_CTYPE",
          "USER",
          "LOGNAME",
          "TZ",
          "NO_COLOR",
          "DISPLAY");

  private final ShellRuntime rt;
  private final ShellState state;

  /**
   * A shell in {@code workspace}, resuming its saved directory and history.
   *
   * @param hostEnvironment the tutor's own environment, of which only the editor, terminal, locale
   *     and user variables are passed on
   * @param clock the clock for Alembic's revision dates (fixed in tests)
   * @param commands registers the commands the shell has
   */
  public Shell(
      Workspace workspace,
      Map<String, String> hostEnvironment,
      Clock clock,
      Consumer<CommandRegistry> commands) {
    this.rt = new ShellRuntime(workspace, clock);
    commands.accept(rt);
    this.state = new ShellState(workspace.state().cwd());
    for (String name : PASSED_ON) {
      String v = hostEnvironment.get(name);
      if (v != null) {
        state.set(name, v);
        state.exported.add(name);
      }
    }
    state.set("HOME", workspace.root().toString());
    state.set("PWD", state.cwd.toString());
    state.exported.add("HOME");
    state.exported.add("PWD");
    rt.history.addAll(workspace.state().history());
  }

  /**
   * Runs one command line as typed and returns its exit status. Never throws: every problem is
   * reported on {@code io.err()} as a message.
   */
  public int run(String line, ShellIO io) {
    Instant start = rt.clock.instant();
    long t0 = System.nanoTime();
    String cwdBefore = rt.workspace.paths().display(state.cwd);
    Capture capture = new Capture(64 * 1024);
    PrintStream out = new PrintStream(capture.tee(io.out()), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(capture.tee(io.err()), true, StandardCharsets.UTF_8);
    ShellIO teed =
        new ShellIO(
            out,
            err,
            io.in(),
            io.interactive(),
            io.terminalOutput(),
            Math.max(1, io.width()),
            io.editor());
    int status;
    try {
      status = runLine(line, teed);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      err.print(
          Executor.PREFIX
              + "internal error in the tutor's shell ("
              + e.getClass().getSimpleName()
              + "). Please tell the course maintainers what you ran.\n");
      status = 1;
    }
    out.flush();
    err.flush();
    state.lastStatus = status;
    if (!line.isBlank()) {
      remember(line, start, System.nanoTime() - t0, cwdBefore, status, capture.text(), err);
    }
    return status;
  }

  private int runLine(String line, ShellIO io) {
    if (line.length() > MAX_LINE) {
      io.err()
          .print(
              Executor.PREFIX
                  + "the command line is too long ("
                  + line.length()
                  + " characters; the tutor's shell takes up to "
                  + MAX_LINE
                  + ")\n");
      return 2;
    }
    if (line.isBlank()) {
      return state.lastStatus;
    }
    rt.history.add(line);
    CommandList list;
    try {
      list = ShellParser.parse(line);
    } catch (ShellSyntaxException e) {
      io.err().print(Executor.PREFIX + Printable.of(e.getMessage()) + "\n");
      return 2;
    }
    Footprint fp;
    try {
      fp = rt.executor.footprint(list, state, io);
    } catch (RuntimeException e) {
      fp = Footprint.EVERYTHING; // when in doubt, keep everything small enough
    }
    return rt.workspace
        .undo()
        .record(
            fp,
            line,
            () -> rt.executor.run(list, state, io),
            warning -> io.err().print(Executor.PREFIX + warning + "\n"));
  }

  private void remember(
      String line,
      Instant start,
      long nanos,
      String cwd,
      int status,
      String output,
      PrintStream err) {
    try {
      rt.workspace.state().saveHistory(rt.history);
      rt.workspace.state().saveCwd(state.cwd);
      rt.workspace
          .transcript()
          .append(new TranscriptEntry(start, cwd, line, status, nanos / 1_000_000, output));
    } catch (IOException e) {
      err.print(
          Executor.PREFIX
              + "could not save the history and transcript in .tutor ("
              + IoErrors.describe(e)
              + ")\n");
    }
  }

  /** Whether {@code text} is a finished command line (no open quote, trailing {@code \}). */
  public boolean isComplete(String text) {
    return ShellParser.isComplete(text);
  }

  /** Completions for the word at {@code cursor} in {@code line}. */
  public List<Candidate> complete(String line, int cursor, ShellIO io) {
    try {
      CursorContext cc = ShellParser.atCursor(line, cursor);
      CommandContext ctx = new CommandContext(rt, state, io, "", io.out(), false, Map.of());
      if (cc.afterRedirect() || cc.prefix().contains("/") && cc.words().isEmpty()) {
        return FileCompletion.files(ctx, cc.prefix(), false);
      }
      if (cc.words().isEmpty()) {
        List<Candidate> out = new ArrayList<>();
        for (CommandInfo info : rt.commandInfos()) {
          if (info.name().startsWith(cc.prefix())) {
            out.add(new Candidate(info.name(), info.summary(), true));
          }
        }
        return out;
      }
      ShellRuntime.Registered entry = rt.commands.get(cc.words().get(0));
      if (entry == null) {
        return FileCompletion.files(ctx, cc.prefix(), false);
      }
      List<String> args = cc.words().subList(1, cc.words().size());
      return entry.command().complete(ctx, args, cc.prefix());
    } catch (RuntimeException e) {
      return List.of(); // completion is a convenience; it never disturbs typing
    }
  }

  /**
   * Completions for a line typed at the prompt of the command now running (sqlite3's {@code
   * sqlite>}), empty when it offers none.
   */
  public List<Candidate> completeInput(String line, int cursor) {
    var completion = state.inputCompletion;
    try {
      return completion == null ? List.of() : completion.apply(line, cursor);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** The current directory (a real path inside the workspace). */
  public Path cwd() {
    return state.cwd;
  }

  /** The current directory as the prompt shows it: {@code ~}, {@code ~/alembic}. */
  public String displayCwd() {
    return rt.workspace.paths().display(state.cwd);
  }

  /** The workspace. */
  public Workspace workspace() {
    return rt.workspace;
  }

  /** The command history, oldest first. */
  public List<String> history() {
    return List.copyOf(rt.history);
  }

  /** The exit status of the last command line. */
  public int lastStatus() {
    return state.lastStatus;
  }

  /** Whether {@code exit} or {@code quit} was run. */
  public boolean exitRequested() {
    return state.exitStatus != null;
  }
}
