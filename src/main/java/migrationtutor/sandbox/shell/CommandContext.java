package migrationtutor.sandbox.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import migrationtutor.sandbox.sqlite3.LineSource;
import migrationtutor.sandbox.workspace.Footprint;
import migrationtutor.sandbox.workspace.Workspace;
import migrationtutor.sandbox.workspace.WorkspacePaths;

/**
 * Everything one running command may use: its streams, the terminal it is shown on, the current
 * directory, variables, the workspace's confined paths, and the shell itself (for {@code make}
 * recipes and {@code help}).
 */
public final class CommandContext {
  private final ShellRuntime runtime;
  private final ShellState state;
  private final ShellIO io;
  private final String name;
  private final PrintStream out;
  private final boolean terminalOutput;
  private final Map<String, String> overlay;

  CommandContext(
      ShellRuntime runtime,
      ShellState state,
      ShellIO io,
      String name,
      PrintStream out,
      boolean terminalOutput,
      Map<String, String> overlay) {
    this.runtime = runtime;
    this.state = state;
    this.io = io;
    this.name = name;
    this.out = out;
    this.terminalOutput = terminalOutput;
    this.overlay = overlay;
  }

  /** The command name as typed (for messages: {@code ls: cannot access ...}). */
  public String name() {
    return name;
  }

  /** Standard output (a file when redirected). */
  public PrintStream out() {
    return out;
  }

  /** Standard error. */
  public PrintStream err() {
    return io.err();
  }

  /** Standard input. */
  public LineSource in() {
    return io.in();
  }

  /** Whether the learner types at a terminal. */
  public boolean interactive() {
    return io.interactive();
  }

  /** Whether standard output is a terminal (false when redirected into a file). */
  public boolean terminalOutput() {
    return terminalOutput;
  }

  /** The terminal's width. */
  public int width() {
    return io.width();
  }

  /** How files are opened for editing. */
  public FileEditor editor() {
    return io.editor();
  }

  /** The clock (fixed in tests). */
  public Clock clock() {
    return runtime.clock;
  }

  /** The current directory (a real path inside the workspace). */
  public Path cwd() {
    return state.cwd;
  }

  /** The previous directory ({@code cd -}), if any. */
  public Path previousDirectory() {
    return state.previous;
  }

  /** Changes the current directory (which must be a workspace folder). */
  public void changeDirectory(Path dir) {
    state.previous = state.cwd;
    state.cwd = dir;
    state.set("OLDPWD", state.previous.toString());
    state.set("PWD", dir.toString());
  }

  /** The workspace. */
  public Workspace workspace() {
    return runtime.workspace;
  }

  /** The workspace's confinement rule. */
  public WorkspacePaths paths() {
    return runtime.workspace.paths();
  }

  /** The file {@code typed} names, from the current directory; see {@link WorkspacePaths}. */
  public Path resolve(String typed) throws IOException {
    return paths().resolve(state.cwd, typed);
  }

  /** Like {@link #resolve}, for a path the command will create, change or remove. */
  public Path resolveForChange(String typed) throws IOException {
    return paths().resolveForChange(state.cwd, typed);
  }

  /** The footprint of the given typed paths; names that do not resolve are left out. */
  public Footprint footprintOf(Collection<String> typed) {
    Set<String> rel = new TreeSet<>();
    for (String t : typed) {
      try {
        Path p = resolve(t);
        if (!p.equals(paths().root()) && !paths().isTutorPath(p)) {
          rel.add(paths().relative(p));
        }
      } catch (IOException e) {
        // The command itself reports a name it cannot use.
      }
    }
    return Footprint.of(rel);
  }

  /** The environment variables commands such as {@code alembic} see. */
  public Map<String, String> environment() {
    Map<String, String> env = new TreeMap<>(state.environment());
    env.putAll(overlay);
    return env;
  }

  /** A shell variable's value, empty when unset. */
  public String variable(String variable) {
    return overlay.getOrDefault(variable, state.get(variable));
  }

  /** Sets a shell variable. */
  public void setVariable(String variable, String value) {
    state.set(variable, value);
  }

  /** Marks a variable as exported to commands. */
  public void export(String variable) {
    state.exported.add(variable);
  }

  /** Removes a variable. */
  public void unset(String variable) {
    state.variables.remove(variable);
    state.exported.remove(variable);
  }

  /** All variables and whether each is exported, for {@code export -p} and {@code env}. */
  public Map<String, Boolean> variables() {
    Map<String, Boolean> all = new TreeMap<>(NameOrder.BY_CODE_POINT);
    for (String v : state.variables.keySet()) {
      all.put(v, state.exported.contains(v));
    }
    return all;
  }

  /**
   * Offers completion for the lines this command reads from standard input (given the line and the
   * cursor), until it returns; a console uses it at the command's own prompt.
   */
  public void offerInputCompletion(BiFunction<String, Integer, List<Candidate>> completion) {
    state.inputCompletion = completion;
  }

  /** The exit status of the previous command. */
  public int lastStatus() {
    return state.lastStatus;
  }

  /** Asks the shell to stop after this command (the console then quits). */
  public void requestExit(int status) {
    state.exitStatus = status;
  }

  /** The commands the shell has, sorted by name. */
  public List<CommandInfo> commands() {
    return runtime.commandInfos();
  }

  /** The command history of this workspace, oldest first. */
  public List<String> history() {
    return List.copyOf(runtime.history);
  }

  /** Forgets the history ({@code history -c}). */
  public void clearHistory() {
    runtime.history.clear();
  }

  /**
   * Runs a command line as a child shell would ({@code make} recipes): a copy of the variables and
   * directory, this command's streams; returns its exit status.
   */
  public int runLine(String line, Map<String, String> variables) {
    ShellState child = state.copy();
    child.variables.putAll(variables);
    ShellIO childIo =
        new ShellIO(
            out, io.err(), io.in(), io.interactive(), terminalOutput, io.width(), io.editor());
    return runtime.executor.runText(line, child, childIo);
  }
}
