package migrationtutor.ui.screen;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import migrationtutor.sandbox.shell.FileEditor;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.session.TutorSession;

/**
 * The full-screen tutor's state and loop. Only this thread touches the screen: keys are read and
 * handled here, and the command's thread hands its news over through a {@link UiQueue}. Each pass
 * handles what arrived, then draws the whole screen into Lanterna's back buffer, which sends only
 * the cells that changed.
 */
final class TutorScreen {
  enum Focus {
    SHELL,
    LESSON
  }

  final Screen screen;
  final Shell shell;
  final Theme theme;
  final UiQueue ui = new UiQueue();
  final ShellPane shellPane;
  final LessonPane lessonPane;
  final ProgramInput programInput;
  final ShellRunner runner;
  final ErrorLog errors;
  final ShellKeys keys;
  private final FileEditor fileEditor;
  private final PrintStream out;
  private final PrintStream err;
  private final Deque<String> typeahead = new ArrayDeque<>();
  private final SessionBridge bridge;
  private final EventView events = new EventView(this);

  Focus focus = Focus.SHELL;
  Feedback feedback;
  EditorPane editor;
  boolean helpShown;
  boolean running;
  String programPrompt = "";
  int justPassed = -1;
  String question;
  LessonMenu menu;
  private boolean suspended;
  private boolean quitting;
  private boolean quit;
  private int exitStatus;
  private boolean fullRedraw = true;
  final PaneCache drawn = new PaneCache();
  boolean overlayDrawn;

  TutorScreen(
      Screen screen,
      Shell shell,
      TutorSession session,
      Theme theme,
      TerminalHost host,
      java.util.Map<String, String> env) {
    this.screen = screen;
    this.shell = shell;
    this.theme = theme;
    this.shellPane = new ShellPane(new Scrollback(ui::repaint));
    this.lessonPane = new LessonPane(theme.color());
    this.programInput = new ProgramInput(() -> ui.post(this::inputWanted));
    this.runner = new ShellRunner();
    this.bridge = session == null ? null : new SessionBridge(session);
    this.errors = new ErrorLog(shell.workspace().root());
    this.keys = new ShellKeys(this);
    this.fileEditor = new ScreenFileEditor(this, host, shell.workspace().root(), env);
    if (screen instanceof com.googlecode.lanterna.screen.TerminalScreen ts) {
      ts.getTerminal().addResizeListener((t, size) -> ui.repaint());
    }
    this.out =
        new PrintStream(
            new PaneOutput(shellPane.scrollback(), Style.NORMAL), true, StandardCharsets.UTF_8);
    this.err =
        new PrintStream(
            new PaneOutput(shellPane.scrollback(), Style.NORMAL), true, StandardCharsets.UTF_8);
    shellPane.input().resetHistory(shell.history());
    greet();
  }

  /**
   * Starts the session (resuming the learner's lesson, checking the step at once) on the command's
   * thread, and watches the workspace for files saved in the learner's own editor.
   */
  void begin() {
    if (bridge == null) {
      return;
    }
    running = true;
    runner.start(
        () -> {
          try {
            SessionBridge.Result r = bridge.start();
            ui.post(
                () -> {
                  events.apply(r);
                  finished(0, false);
                });
          } catch (RuntimeException e) {
            ui.post(
                () -> {
                  showError("starting the lesson", e);
                  finished(1, false);
                });
          }
        });
    bridge.watch(r -> ui.post(() -> events.apply(r)));
  }

  /** The shell pane's first lines: a new workspace, or where the learner left off. */
  private void greet() {
    var ws = shell.workspace();
    String text =
        ws.created()
            ? "Created your workspace from the " + ws.project() + " starter project, in"
            : "Welcome back ("
                + shell.history().size()
                + " commands in history). Your workspace is";
    shellPane.scrollback().add(StyledLine.of(text, Style.DIM));
    shellPane.scrollback().add(StyledLine.of("  " + ws.root(), Style.DIM));
    shellPane
        .scrollback()
        .add(StyledLine.of("Type help for the commands, F1 for the keys.", Style.DIM));
  }

  /** Runs until the learner quits; returns the exit status ({@code exit N}, else 0). */
  int run() throws IOException, InterruptedException {
    long lastKey = System.nanoTime();
    while (!quit) {
      if (pump(idleWait(lastKey))) {
        lastKey = System.nanoTime();
      }
    }
    return exitStatus;
  }

  /**
   * One pass: handles the keys that are there, then what the command's thread sent (waiting up to
   * {@code wait} ms when there were no keys), then draws if anything changed. Returns whether keys
   * were handled.
   */
  boolean pump(long wait) throws IOException, InterruptedException {
    boolean keys = false;
    if (!suspended) {
      KeyStroke k = screen.pollInput();
      while (k != null && !quit) {
        keys = true;
        key(k);
        k = suspended ? null : screen.pollInput();
      }
    }
    Runnable task = ui.next(keys ? 0 : wait);
    boolean tasks = false;
    while (task != null) {
      tasks = true; // a finished command changes the prompt even when it printed nothing
      task.run();
      task = ui.next(0);
    }
    if (!suspended && (ui.takeRepaint() | keys | tasks)) {
      render();
    }
    return keys;
  }

  /** Keys are looked for every 4 ms while the learner types, every 15 ms when idle. */
  private static long idleWait(long lastKey) {
    return System.nanoTime() - lastKey < 1_000_000_000L ? 4 : 15;
  }

  /** Handles one key; an unexpected failure is logged and shown, and the session goes on. */
  void key(KeyStroke k) {
    try {
      dispatch(k);
    } catch (RuntimeException e) {
      showError("handling a key", e);
    }
    ui.repaint();
  }

  private void dispatch(KeyStroke k) {
    KeyType t = k.getKeyType();
    if (t == KeyType.EOF) {
      quit = true; // the terminal is gone
      return;
    }
    TerminalSize size = screen.getTerminalSize();
    boolean quitKey =
        t == KeyType.F10 || (t == KeyType.Character && k.isCtrlDown() && k.getCharacter() == 'q');
    if (Layout.tooSmall(size.getColumns(), size.getRows())) {
      if (quitKey) {
        requestQuit();
      }
      return;
    }
    if (helpShown) {
      helpShown = false;
      return;
    }
    if (menu != null) {
      String command = menu.key(k);
      if (command != null) {
        menu = null;
        if (!command.isEmpty()) {
          keys.submit(command);
        }
      }
      return;
    }
    if (editor != null) {
      editor.key(k);
      if (editor.closed().isDone()) {
        editor = null;
      }
      return;
    }
    if (quitKey) {
      requestQuit();
    } else if (t == KeyType.F1) {
      helpShown = true;
    } else if (t == KeyType.F2) {
      keys.tutorCommand("hint");
    } else if (t == KeyType.F3) {
      openMenu();
    } else if (t == KeyType.F4) {
      keys.offerEdit();
    } else if (t == KeyType.F6) {
      focus = focus == Focus.SHELL ? Focus.LESSON : Focus.SHELL;
    } else if (focus == Focus.LESSON && lessonKey(k)) {
      return;
    } else {
      focus = Focus.SHELL;
      keys.key(k);
    }
  }

  /** Scrolling keys while the lesson has focus; other keys go back to the shell. */
  private boolean lessonKey(KeyStroke k) {
    switch (k.getKeyType()) {
      case ArrowUp -> lessonPane.scroll(-1);
      case ArrowDown -> lessonPane.scroll(1);
      case PageUp -> lessonPane.page(-1);
      case PageDown -> lessonPane.page(1);
      case Home -> lessonPane.home();
      case End -> lessonPane.end();
      case Escape, Tab -> focus = Focus.SHELL;
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Runs {@code line} (through the session, when there are lessons) on the command's thread. */
  void runCommand(String line) {
    running = true;
    justPassed = -1;
    if (feedback != null
        && feedback.kind() != Feedback.Kind.HINT
        && feedback.kind() != Feedback.Kind.FAILED) {
      feedback = null; // hints and failed checks stay until the step passes or Esc
    }
    ShellIO io = new ShellIO(out, err, programInput, true, true, shellWidth(), fileEditor);
    runner.start(
        () -> {
          try {
            if (bridge == null) {
              int status = shell.run(line, io);
              ui.post(() -> finished(status, shell.exitRequested()));
            } else {
              SessionBridge.Result r = bridge.submit(line, io);
              ui.post(
                  () -> {
                    events.apply(r);
                    finished(r.status(), r.quit());
                  });
            }
          } catch (RuntimeException | StackOverflowError e) {
            ui.post(
                () -> {
                  showError("running " + line.strip(), e);
                  finished(1, false);
                });
          }
        });
  }

  private void finished(int status, boolean exit) {
    running = false;
    programPrompt = "";
    shellPane.scrollback().freshLine();
    shellPane.input().resetHistory(shell.history());
    if (exit) {
      exitStatus = status;
      quit = true;
      return;
    }
    if (quitting) {
      quit = true;
      return;
    }
    if (!typeahead.isEmpty()) {
      keys.submit(typeahead.removeFirst());
    }
  }

  /** Lines entered while a command runs without reading are run after it, as a terminal would. */
  void queue(String line) {
    typeahead.addLast(line);
  }

  /** The running command wants a line: its unfinished output line becomes the prompt. */
  private void inputWanted() {
    programPrompt = shellPane.scrollback().takePartial();
    if (!typeahead.isEmpty()) {
      keys.submit(typeahead.removeFirst());
    }
  }

  void requestQuit() {
    if (!running) {
      quit = true;
      return;
    }
    quitting = true;
    if (programInput.waiting()) {
      programInput.send(null); // ends sqlite3's (or read's) input; the command then finishes
    }
    feedback =
        new Feedback(
            Feedback.Kind.INFO,
            "Quitting",
            List.of("The tutor quits when the running command ends."));
  }

  /** The shell pane's text width, for commands that lay out columns ({@code ls}). */
  int shellWidth() {
    TerminalSize s = screen.getTerminalSize();
    Layout l = Layout.of(s.getColumns(), s.getRows(), 0, false);
    return Math.max(20, l.work().width() - 3);
  }

  void showError(String doing, Throwable e) {
    ui.repaint();
    feedback =
        new Feedback(Feedback.Kind.ERROR, "Unexpected problem", List.of(errors.log(doing, e)));
  }

  /** Opens the built-in editor (on this thread, for the command's thread waiting on it). */
  void openEditor(EditorPane pane) {
    editor = pane;
    helpShown = false;
    ui.repaint();
  }

  /** Gives the terminal to the learner's own editor; {@link #resumeScreen} takes it back. */
  void suspendScreen(TerminalHost host) throws IOException {
    suspended = true;
    screen.stopScreen();
    host.suspend();
  }

  void resumeScreen(TerminalHost host) throws IOException {
    host.resume();
    screen.startScreen();
    suspended = false;
    fullRedraw = true;
    ui.repaint();
  }

  /** Draws everything; a failure to draw is logged and drawing goes on next time. */
  void render() {
    try {
      new ScreenPainter(this).paint();
      screen.refresh(fullRedraw ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
      fullRedraw = false;
    } catch (IOException e) {
      quit = true; // the terminal is gone: nothing left to draw on
    } catch (RuntimeException e) {
      showError("drawing the screen", e);
    }
  }

  void fullRedraw() {
    fullRedraw = true;
  }

  boolean fullRedrawPending() {
    return fullRedraw;
  }

  /** Whether tutor commands (hint, lessons) have a lesson session to answer them. */
  boolean lessonsAvailable() {
    return bridge != null;
  }

  /** F3: the lesson menu, when there are lessons. */
  void openMenu() {
    if (bridge == null || running) {
      keys.tutorCommand("lessons");
      return;
    }
    menu = new LessonMenu(lessonPane.content().lessons());
  }

  boolean quitRequested() {
    return quit;
  }

  int exitStatus() {
    return exitStatus;
  }

  /** Ends the command's thread, giving a command that reads input the end of it. */
  void close() {
    if (programInput.waiting()) {
      programInput.send(null);
    }
    runner.close();
    if (bridge != null) {
      bridge.close();
    }
  }
}
