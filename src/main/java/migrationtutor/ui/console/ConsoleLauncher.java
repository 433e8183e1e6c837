package migrationtutor.ui.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import migrationtutor.course.Course;
import migrationtutor.engine.sqlite.Warmup;
import migrationtutor.sandbox.shell.ExternalEditor;
import migrationtutor.sandbox.shell.FileEditor;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;
import migrationtutor.sandbox.workspace.WorkspaceException;
import migrationtutor.session.SessionException;
import migrationtutor.session.TutorSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the plain console on a workspace: with JLine's line editor when the learner types at a
 * terminal, otherwise reading piped lines until their end (each echoed after the prompt, as if
 * typed). A workspace already in use, or a folder that is not one, is refused with a message.
 */
public final class ConsoleLauncher {
  /**
   * How the console is started.
   *
   * @param workspace the workspace folder ({@code --workspace})
   * @param color whether colour is allowed ({@code --no-color} and {@code NO_COLOR} say no)
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param stdinTerminal whether standard input is a terminal
   * @param stdoutTerminal whether standard output is a terminal
   * @param environment the process environment (the editor, the terminal width)
   * @param course the course to teach, or null for the shell alone
   */
  public record Options(
      Path workspace,
      boolean color,
      InputStream in,
      PrintStream out,
      PrintStream err,
      boolean stdinTerminal,
      boolean stdoutTerminal,
      Map<String, String> environment,
      Course course) {
    /** Options for the shell alone, without lessons. */
    public Options(
        Path workspace,
        boolean color,
        InputStream in,
        PrintStream out,
        PrintStream err,
        boolean stdinTerminal,
        boolean stdoutTerminal,
        Map<String, String> environment) {
      this(workspace, color, in, out, err, stdinTerminal, stdoutTerminal, environment, null);
    }
  }

  private ConsoleLauncher() {}

  /** Runs the console to its end; returns the process exit status. */
  public static int run(Options o) {
    Warmup.start();
    Workspace workspace;
    try {
      workspace = Workspace.open(o.workspace(), Workspace.DEFAULT_STARTER);
    } catch (WorkspaceException e) {
      o.err().print("tutor: " + e.getMessage() + "\n");
      o.err().flush();
      return 1;
    }
    try (workspace) {
      Shell shell =
          new Shell(
              workspace, o.environment(), Clock.systemDefaultZone(), ToolCommands::registerAll);
      TutorSession tutor;
      try {
        tutor =
            o.course() == null
                ? null
                : TutorSession.open(o.course(), shell, Clock.systemDefaultZone());
      } catch (SessionException e) {
        o.err().print("tutor: " + e.getMessage() + "\n");
        o.err().flush();
        return 1;
      }
      FileEditor editor = new ExternalEditor(o.environment());
      // no-color.org: a NO_COLOR that is present and not empty turns colour off.
      boolean color = o.color() && o.environment().getOrDefault("NO_COLOR", "").isEmpty();
      if (o.stdinTerminal()) {
        Terminal terminal = systemTerminal();
        if (terminal != null) {
          try (terminal) {
            return JLineConsole.run(shell, terminal, color, editor, tutor);
          }
        }
      }
      PipedInput input = new PipedInput(o.in());
      ConsoleSettings settings =
          new ConsoleSettings(
              false, o.stdoutTerminal(), () -> columns(o.environment()), color, true);
      return new ConsoleSession(shell, settings, o.out(), o.err(), input, editor, tutor).run(input);
    } catch (IOException e) {
      o.err().print("tutor: the terminal failed (" + e.getMessage() + ")\n");
      return 1;
    }
  }

  /**
   * The system terminal through JLine's JNI provider, which needs no helper process (the exec
   * provider would run stty); null when there is none.
   */
  private static Terminal systemTerminal() {
    try {
      return TerminalBuilder.builder()
          .system(true)
          .jni(true)
          .exec(false)
          .ffm(false)
          .jna(false)
          .jansi(false)
          .dumb(true)
          .nativeSignals(true)
          .build();
    } catch (IOException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The width for piped output: {@code COLUMNS} if set, else 80. */
  static int columns(Map<String, String> env) {
    try {
      int c = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
      return c > 0 ? c : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
