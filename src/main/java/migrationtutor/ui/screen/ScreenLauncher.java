package migrationtutor.ui.screen;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import migrationtutor.course.Course;
import migrationtutor.engine.sqlite.Warmup;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;
import migrationtutor.sandbox.workspace.WorkspaceException;
import migrationtutor.session.SessionException;
import migrationtutor.session.TutorSession;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Starts the full-screen tutor on the process's terminal. The terminal is always given back as it
 * was: on quit, on an unexpected failure (logged in the workspace, never shown as a stack trace),
 * and on a signal that ends the process (Lanterna's shutdown hook).
 */
public final class ScreenLauncher {
  /**
   * How the screen is started.
   *
   * @param workspace the workspace folder
   * @param color whether colour is allowed ({@code --no-color} says no; so does {@code NO_COLOR})
   * @param out standard output, for the parting words after the screen is closed
   * @param err standard error
   * @param environment the process environment
   * @param course the course to teach, or null for the shell alone
   */
  public record Options(
      Path workspace,
      boolean color,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment,
      Course course) {}

  private ScreenLauncher() {}

  /**
   * Runs the tutor to its end and returns the exit status, or nothing when there is no terminal the
   * screen can use (then the caller starts the plain console).
   */
  public static OptionalInt run(Options o) {
    String term = o.environment().getOrDefault("TERM", "");
    if (term.isEmpty() || term.equals("dumb")) {
      return OptionalInt.empty();
    }
    Terminal jline = systemTerminal();
    if (jline == null) {
      return OptionalInt.empty();
    }
    Warmup.start();
    Workspace workspace;
    try {
      workspace = Workspace.open(o.workspace(), Workspace.DEFAULT_STARTER);
    } catch (WorkspaceException e) {
      close(jline);
      o.err().print("tutor: " + e.getMessage() + "\n");
      return OptionalInt.of(1);
    }
    try (workspace) {
      Shell shell =
          new Shell(
              workspace, o.environment(), Clock.systemDefaultZone(), ToolCommands::registerAll);
      TutorSession session;
      try {
        session =
            o.course() == null
                ? null
                : TutorSession.open(o.course(), shell, Clock.systemDefaultZone());
      } catch (SessionException e) {
        close(jline);
        o.err().print("tutor: " + e.getMessage() + "\n");
        return OptionalInt.of(1);
      }
      boolean color = o.color() && o.environment().getOrDefault("NO_COLOR", "").isEmpty();
      int status = runScreen(jline, shell, session, Theme.of(color), o);
      o.out()
          .print(
              "Your work is kept in "
                  + workspace.root()
                  + ". Start the tutor with the same workspace to go on.\n");
      return OptionalInt.of(status);
    }
  }

  private static int runScreen(
      Terminal jline, Shell shell, TutorSession session, Theme theme, Options o) {
    JLineBackedTerminal terminal;
    try {
      terminal = new JLineBackedTerminal(jline);
    } catch (IOException | RuntimeException e) {
      close(jline);
      o.err().print("tutor: the terminal could not be used full-screen (" + e.getMessage() + ")\n");
      return 1;
    }
    TutorScreen tutor = null;
    try (terminal) {
      TerminalScreen screen = new TerminalScreen(terminal);
      screen.startScreen();
      try {
        tutor = new TutorScreen(screen, shell, session, theme, terminal, o.environment());
        tutor.begin();
        return tutor.run();
      } finally {
        if (tutor != null) {
          tutor.close();
        }
        screen.stopScreen();
      }
    } catch (IOException | RuntimeException | InterruptedException | Error e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      String said = new ErrorLog(shell.workspace().root()).log("running the screen", e);
      o.err().print("tutor: " + said + "\n");
      return 1;
    }
  }

  /** The system terminal through JLine's JNI provider (no stty process); null when none. */
  private static Terminal systemTerminal() {
    try {
      Terminal t =
          TerminalBuilder.builder()
              .system(true)
              .jni(true)
              .exec(false)
              .ffm(false)
              .jna(false)
              .jansi(false)
              .dumb(false)
              .nativeSignals(true)
              .signalHandler(Terminal.SignalHandler.SIG_IGN)
              .build();
      if (Terminal.TYPE_DUMB.equals(t.getType()) || Terminal.TYPE_DUMB_COLOR.equals(t.getType())) {
        t.close();
        return null;
      }
      return t;
    } catch (IOException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static void close(Terminal t) {
    try {
      t.close();
    } catch (IOException e) {
      // nothing more to give back
    }
  }
}
