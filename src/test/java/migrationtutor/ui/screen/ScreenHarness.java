package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.fail;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import migrationtutor.course.Course;
import migrationtutor.course.CourseLoader;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;
import migrationtutor.session.TutorSession;

/**
 * The real {@link TutorScreen} on Lanterna's virtual terminal, on a real workspace and shell: keys
 * go in as a terminal would deliver them, the screen is read back cell by cell.
 */
final class ScreenHarness implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

  final DefaultVirtualTerminal terminal;
  final TerminalScreen screen;
  final Workspace workspace;
  final Shell shell;
  final TutorScreen tutor;

  ScreenHarness(Path dir, int cols, int rows, boolean color) throws Exception {
    this(dir, cols, rows, color, null);
  }

  /** A screen teaching {@code course} (null: the shell alone), started as the launcher does. */
  ScreenHarness(Path dir, int cols, int rows, boolean color, Course course) throws Exception {
    terminal = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
    screen = new TerminalScreen(terminal);
    screen.startScreen();
    workspace = Workspace.open(dir, Workspace.DEFAULT_STARTER);
    shell = new Shell(workspace, Map.of(), CLOCK, ToolCommands::registerAll);
    TutorSession session = course == null ? null : TutorSession.open(course, shell, CLOCK);
    tutor = new TutorScreen(screen, shell, session, Theme.of(color), null, Map.of());
    tutor.begin();
    tutor.pump(0);
  }

  /**
   * A fresh folder whose path has the same length on every run, so that output naming it wraps the
   * same way in snapshots.
   */
  static Path fixedLengthDir() throws IOException {
    String name = "mt-screen-" + String.format("%08x", new java.util.Random().nextInt());
    Path dir = Path.of("/tmp", name);
    Files.createDirectories(dir);
    return dir;
  }

  static void delete(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The bundled course. */
  /**
   * The bundled core course: the snapshots show its first lessons, so the workflow lessons that
   * follow it may change without touching them.
   */
  static Course bundledCourse() {
    return new Course(
        CourseLoader.bundled().course().lessons().stream()
            .filter(l -> l.group().equals("Core"))
            .toList());
  }

  /** Types {@code text}; a newline is Enter. */
  ScreenHarness type(String text) throws Exception {
    for (char c : text.toCharArray()) {
      terminal.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
    }
    return settle();
  }

  ScreenHarness press(KeyType type) throws Exception {
    terminal.addInput(new KeyStroke(type));
    return settle();
  }

  ScreenHarness ctrl(char c) throws Exception {
    terminal.addInput(new KeyStroke(c, true, false));
    return settle();
  }

  ScreenHarness resize(int cols, int rows) throws Exception {
    terminal.setTerminalSize(new TerminalSize(cols, rows));
    return settle();
  }

  /**
   * Handles the keys and waits until the command's thread is idle (no command running, or one
   * waiting for input, or the editor open) and everything it sent has been handled and drawn.
   */
  ScreenHarness settle() throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    do {
      tutor.pump(5);
      boolean idle = !tutor.running || tutor.programInput.waiting() || tutor.editor != null;
      if (idle && tutor.ui.isEmpty()) {
        tutor.pump(0); // the screen draws on its own: no render() here, as in the real loop
        return this;
      }
    } while (System.nanoTime() < deadline);
    fail("the screen did not settle in 30 s");
    return this;
  }

  /** The terminal's text, one line per row, trailing blanks removed. */
  String text() {
    TerminalSize size = terminal.getTerminalSize();
    StringBuilder b = new StringBuilder();
    for (int row = 0; row < size.getRows(); row++) {
      StringBuilder line = new StringBuilder();
      for (int col = 0; col < size.getColumns(); col++) {
        TextCharacter ch = terminal.getCharacter(col, row);
        if (col > 0 && isSecondHalf(col, row)) {
          continue; // the right half of a wide character
        }
        line.append(ch == null ? " " : ch.getCharacterString());
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  private boolean isSecondHalf(int col, int row) {
    TextCharacter before = terminal.getCharacter(col - 1, row);
    return before != null && before.isDoubleWidth();
  }

  /**
   * The text with the workspace's absolute path (which differs on each run) replaced by {@code
   * <ws>} and blanks of the same width, so that the columns after it stay where they were.
   */
  String normalized() {
    String root = workspace.root().toString();
    return text().replace(root, "<ws>" + " ".repeat(Math.max(0, root.length() - 4)));
  }

  TextCharacter cell(int col, int row) {
    return terminal.getCharacter(col, row);
  }

  @Override
  public void close() {
    tutor.close();
    workspace.close();
  }
}
