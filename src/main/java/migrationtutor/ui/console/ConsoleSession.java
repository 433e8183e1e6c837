package migrationtutor.ui.console;

import java.io.PrintStream;
import java.util.List;
import java.util.function.UnaryOperator;
import migrationtutor.sandbox.shell.FileEditor;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.sandbox.sqlite3.LineSource;
import migrationtutor.session.SessionEvent;
import migrationtutor.session.TutorSession;
import migrationtutor.ui.screen.MarkdownRenderer;

/**
 * The plain console's logic, without any terminal library: greet, read a command line (joining
 * continuation lines until it is complete), run it in the shell, repeat until the end of input or
 * {@code quit}, then say where the work is kept. The JLine front end, piped input and tests all
 * drive this same loop through {@link ConsoleInput}.
 */
public final class ConsoleSession {
  private final Shell shell;
  private final ConsoleSettings settings;
  private final PrintStream out;
  private final PrintStream err;
  private final LineSource programInput;
  private final FileEditor editor;
  private final TutorSession tutor;

  /**
   * A console on the shell alone, without lessons.
   *
   * @param programInput where commands that read input (sqlite3, read, cat) get their lines
   * @param editor how {@code edit} opens files
   */
  public ConsoleSession(
      Shell shell,
      ConsoleSettings settings,
      PrintStream out,
      PrintStream err,
      LineSource programInput,
      FileEditor editor) {
    this(shell, settings, out, err, programInput, editor, null);
  }

  /**
   * A console that teaches: lines go to {@code tutor}, which answers its own commands, runs the
   * rest in the shell and reports the lesson's events, which this console prints.
   *
   * @param tutor the learner's session, or null for the shell alone
   */
  public ConsoleSession(
      Shell shell,
      ConsoleSettings settings,
      PrintStream out,
      PrintStream err,
      LineSource programInput,
      FileEditor editor,
      TutorSession tutor) {
    this.tutor = tutor;
    this.shell = shell;
    this.settings = settings;
    this.out = out;
    this.err = err;
    this.programInput = programInput;
    this.editor = editor;
  }

  /** Runs the session to its end; returns the status given to {@code exit}, else 0. */
  public int run(ConsoleInput input) {
    out.print(Banner.welcome(shell, settings.color() && settings.terminalOutput()));
    if (tutor != null) {
      show(tutor.start());
    }
    out.flush();
    int status = 0;
    while (true) {
      String line;
      try {
        line = readCommand(input);
      } catch (ConsoleInterrupt e) {
        continue;
      }
      if (line == null) {
        break;
      }
      if (settings.echo()) {
        out.print(prompt() + line + "\n");
      }
      if (tutor != null) {
        TutorSession.Reply r = tutor.submit(line, io());
        out.flush();
        err.flush();
        show(r.events());
        if (r.quit()) {
          status = r.status();
          break;
        }
        continue;
      }
      int s = runLine(line);
      if (shell.exitRequested()) {
        status = s;
        break;
      }
    }
    out.print(Banner.goodbye(shell));
    out.flush();
    return status;
  }

  /** Prints the session's events as plain text (a question is shown as the next prompt). */
  void show(List<SessionEvent> events) {
    out.print(render(events, width()));
    out.flush();
  }

  /** The width lesson text is wrapped to. */
  int width() {
    return Math.max(20, settings.width().getAsInt());
  }

  /** The events as the console prints them, lesson Markdown as text {@code width} columns wide. */
  static String render(List<SessionEvent> events, int width) {
    UnaryOperator<String> prose = md -> MarkdownRenderer.plainText(md, width);
    StringBuilder b = new StringBuilder();
    for (SessionEvent e : events) {
      if (e instanceof SessionEvent.LessonShown l) {
        b.append(l.text(prose));
      } else if (e instanceof SessionEvent.StepShown st) {
        b.append(st.text(prose));
      } else if (e instanceof SessionEvent.HintShown h) {
        b.append(h.text(prose));
      } else if (!(e instanceof SessionEvent.Question)) {
        b.append(e.text());
      }
    }
    return b.toString();
  }

  /** Runs one command line with this console's streams and terminal. */
  public int runLine(String line) {
    int status = shell.run(line, io());
    out.flush();
    err.flush();
    return status;
  }

  private ShellIO io() {
    return new ShellIO(
        out, err, programInput, settings.interactive(), settings.terminalOutput(), width(), editor);
  }

  /** The prompt for the next line: a pending question, or the shell's prompt. */
  public String prompt() {
    if (tutor != null) {
      var q = tutor.pendingQuestion();
      if (q.isPresent()) {
        return q.get().text();
      }
    }
    return Prompt.of(
        shell.workspace().project(),
        shell.displayCwd(),
        settings.color() && settings.terminalOutput());
  }

  /** A whole command line: more lines are read while a quote or a trailing \ is open. */
  private String readCommand(ConsoleInput input) throws ConsoleInterrupt {
    String text = input.readLine(prompt());
    if (text == null) {
      return null;
    }
    if (tutor != null && tutor.pendingQuestion().isPresent()) {
      return text; // an answer, not a command line
    }
    while (!shell.isComplete(text)) {
      String more = input.readLine(Prompt.continuation());
      if (more == null) {
        break; // the shell reports the unfinished line
      }
      text = text + "\n" + more;
    }
    return text;
  }
}
