package migrationtutor.ui.console;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import migrationtutor.sandbox.shell.FileEditor;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.sandbox.sqlite3.LineSource;
import migrationtutor.session.SessionEvent;
import migrationtutor.session.TutorSession;
import migrationtutor.session.WorkspaceWatcher;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * The console on a terminal, with JLine 3's line editor: the shell's tokeniser as its parser
 * (quotes and {@code \} continue lines), tab completion from the shell, the workspace's history
 * (saved by the shell, so JLine keeps no file of its own), Ctrl-C to drop a line and Ctrl-D to
 * leave. Commands that read input (the {@code sqlite>} prompt, {@code read -p}) get a second line
 * editor with its own history and the running command's completion.
 */
final class JLineConsole {
  private JLineConsole() {}

  static int run(Shell shell, Terminal terminal, boolean color, FileEditor ownEditor) {
    return run(shell, terminal, color, ownEditor, null);
  }

  static int run(
      Shell shell, Terminal terminal, boolean color, FileEditor ownEditor, TutorSession tutor) {
    // The editor gets the terminal to itself: JLine stops reading it until the editor is done.
    FileEditor editor =
        (file, requested) -> {
          terminal.pause(true);
          try {
            ownEditor.edit(file, requested);
          } finally {
            terminal.resume();
          }
        };
    PromptCapture capture = new PromptCapture(terminal.output());
    PrintStream out = new PrintStream(capture, true, StandardCharsets.UTF_8);
    ConsoleSettings settings =
        new ConsoleSettings(
            true, true, () -> terminal.getWidth() > 0 ? terminal.getWidth() : 80, color, false);
    LineReader programReader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("tutor-input")
            .parser(new LastWord())
            .completer(
                (r, line, candidates) -> {
                  for (var c : shell.completeInput(line.line(), line.cursor())) {
                    candidates.add(JLineCompleter.candidate(c));
                  }
                })
            .history(new DefaultHistory())
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    LineSource programInput =
        () -> {
          String prompt = capture.takePending();
          try {
            return programReader.readLine(prompt);
          } catch (UserInterruptException | EndOfFileException e) {
            return null; // Ctrl-C or Ctrl-D ends the command's input
          }
        };
    ConsoleSession session =
        new ConsoleSession(shell, settings, out, out, programInput, editor, tutor);
    ShellIO completionIo = new ShellIO(out, out, programInput, true, true, 80, editor);
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("tutor")
            .parser(new JLineParser())
            .completer(new JLineCompleter(shell, () -> completionIo, tutor))
            .history(new DefaultHistory())
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, Prompt.continuation())
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    for (String line : shell.history()) {
      reader.getHistory().add(line);
    }
    Terminal.SignalHandler ignore = signal -> {};
    // While a command runs the terminal is not in raw mode: Ctrl-C must not stop the tutor.
    terminal.handle(Terminal.Signal.INT, ignore);
    ConsoleInput input =
        prompt -> {
          capture.freshLine();
          try {
            return reader.readLine(prompt);
          } catch (UserInterruptException e) {
            throw new ConsoleInterrupt();
          } catch (EndOfFileException e) {
            return null;
          }
        };
    // Files saved in the learner's own editor are checked at once, shown above the prompt.
    WorkspaceWatcher watcher =
        tutor == null
            ? null
            : WorkspaceWatcher.start(
                shell.workspace().root(),
                () -> {
                  List<SessionEvent> events = tutor.recheck();
                  if (events.isEmpty()) {
                    return;
                  }
                  String text = ConsoleSession.render(events, session.width());
                  if (reader.isReading()) {
                    reader.printAbove(text.stripTrailing());
                  } else {
                    out.print(text); // between two prompts: printed as command output is
                    out.flush();
                  }
                });
    try {
      int status = session.run(input);
      capture.freshLine();
      return status;
    } finally {
      if (watcher != null) {
        watcher.close();
      }
    }
  }

  /**
   * The input of a running command, split on blanks only (for completion of its last word). SQL may
   * hold quotes that are still open: this never asks for a continuation line.
   */
  private static final class LastWord implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      String head = line.substring(0, Math.min(cursor, line.length()));
      int space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
      return new LastWordParsed(line, cursor, head.substring(space + 1));
    }
  }

  /** A line whose word at the cursor is what follows the last blank. */
  private record LastWordParsed(String line, int cursor, String word)
      implements org.jline.reader.CompletingParsedLine {
    @Override
    public int wordCursor() {
      return word.length();
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(word);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return word.length();
    }

    @Override
    public int rawWordLength() {
      return word.length();
    }
  }
}
