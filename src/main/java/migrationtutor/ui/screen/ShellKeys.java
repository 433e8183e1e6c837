package migrationtutor.ui.screen;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.ShellIO;

/**
 * The keys of the shell pane's prompt: line editing, history, Tab completion, Enter (which runs the
 * line, continues an unfinished one, or gives it to the running command), Ctrl+C and Ctrl+D.
 */
final class ShellKeys {
  private final TutorScreen s;
  private final List<String> programHistory = new ArrayList<>();

  ShellKeys(TutorScreen s) {
    this.s = s;
  }

  void key(KeyStroke k) {
    InputLine in = s.shellPane.input();
    KeyType t = k.getKeyType();
    if (t == KeyType.Character && k.isCtrlDown()) {
      control(Character.toLowerCase(k.getCharacter()), in);
      return;
    }
    switch (t) {
      case Character -> {
        in.insert(String.valueOf(k.getCharacter()));
        s.shellPane.toBottom();
      }
      case Enter -> enter(in);
      case Tab -> complete(in);
      case Backspace -> in.backspace();
      case Delete -> in.delete();
      case ArrowLeft -> {
        if (k.isCtrlDown() || k.isAltDown()) {
          in.wordLeft();
        } else {
          in.left();
        }
      }
      case ArrowRight -> {
        if (k.isCtrlDown() || k.isAltDown()) {
          in.wordRight();
        } else {
          in.right();
        }
      }
      case ArrowUp -> vertical(k, in, -1);
      case ArrowDown -> vertical(k, in, 1);
      case Home -> in.home();
      case End -> in.end();
      case PageUp -> s.shellPane.page(1);
      case PageDown -> s.shellPane.page(-1);
      case Escape -> {
        s.shellPane.toBottom();
        s.feedback = null; // Esc dismisses the panel
      }
      default -> {}
    }
  }

  /** Up/Down: history; with Ctrl they scroll the lesson, with Shift the output. */
  private void vertical(KeyStroke k, InputLine in, int direction) {
    if (k.isCtrlDown()) {
      s.lessonPane.scroll(direction);
    } else if (k.isShiftDown()) {
      s.shellPane.scroll(-direction);
    } else if (direction < 0) {
      in.previous();
    } else {
      in.next();
    }
  }

  private void control(char c, InputLine in) {
    switch (c) {
      case 'a' -> in.home();
      case 'e' -> in.end();
      case 'u' -> in.deleteToStart();
      case 'k' -> in.deleteToEnd();
      case 'w' -> in.deleteWordBefore();
      case 'l' -> s.shellPane.scrollback().clearAll();
      case 'c' -> interrupt(in);
      case 'd' -> {
        if (!in.text().isEmpty()) {
          in.delete();
        } else if (s.running && s.programInput.waiting()) {
          echo(in.text());
          s.programInput.send(null);
        } else if (!s.running) {
          s.requestQuit();
        }
      }
      default -> {}
    }
  }

  /** Ctrl+C: drops the line (shown with ^C, as bash does); ends a running command's input. */
  private void interrupt(InputLine in) {
    if (s.running && !s.programInput.waiting()) {
      return; // the tutor's commands cannot be stopped half-way; they end on their own
    }
    echo(in.text() + "^C");
    in.clear();
    if (s.running) {
      s.programInput.send(null);
    }
  }

  private void enter(InputLine in) {
    String text = in.text();
    s.shellPane.toBottom();
    if (s.running) {
      in.clear();
      if (s.programInput.waiting()) {
        echo(text);
        programHistory.add(text);
        in.resetHistory(programHistory);
        s.programInput.send(text);
      } else {
        s.queue(text);
      }
      return;
    }
    if (s.question == null && !s.shell.isComplete(text)) {
      in.insert("\n");
      return;
    }
    submit(text);
  }

  /** Shows {@code line} after the prompt in the output and runs it. */
  void submit(String line) {
    if (s.running && s.programInput.waiting()) {
      echo(line);
      s.programInput.send(line);
      return;
    }
    echo(line);
    s.shellPane.input().clear();
    s.runCommand(line);
  }

  /** The prompt and {@code typed}, added to the output as the terminal would have kept them. */
  private void echo(String typed) {
    String[] lines = typed.split("\n", -1);
    StyledLine prompt =
        s.running
            ? StyledLine.of(s.programPrompt, Style.PROMPT)
            : s.question != null
                ? StyledLine.of(s.question + " [y/N] ", Style.PROMPT)
                : new StyledLine(
                    List.of(
                        new Span(s.shell.workspace().project(), Style.PROMPT),
                        Span.of(":"),
                        new Span(s.shell.displayCwd(), Style.PROMPT),
                        Span.of("$ ")));
    for (int i = 0; i < lines.length; i++) {
      StyledLine head = i == 0 ? prompt : StyledLine.of("> ", Style.PROMPT);
      s.shellPane.scrollback().add(head.withTail(new Span(lines[i], Style.COMMAND)));
    }
  }

  private void complete(InputLine in) {
    List<Candidate> candidates =
        s.running
            ? s.programInput.waiting() ? s.shell.completeInput(in.text(), in.cursor()) : List.of()
            : s.shell.complete(in.text(), in.cursor(), completionIo());
    if (!s.running && s.lessonsAvailable()) {
      candidates = withTutorCommands(in, candidates);
    }
    TabCompletion.Result r = TabCompletion.complete(in, candidates);
    if (!r.listed().isEmpty()) {
      echo(in.text());
      for (String line : TabCompletion.columns(r.listed(), s.shellWidth())) {
        s.shellPane.scrollback().add(StyledLine.plain(line));
      }
    }
  }

  /** The tutor's own commands (hint, lessons, ...) complete as first words too. */
  private static List<Candidate> withTutorCommands(InputLine in, List<Candidate> shellOnes) {
    var at = migrationtutor.sandbox.shell.parse.ShellParser.atCursor(in.text(), in.cursor());
    if (!at.words().isEmpty()) {
      return shellOnes;
    }
    List<Candidate> all = new ArrayList<>(shellOnes);
    for (String w : migrationtutor.session.TutorSession.commandWords()) {
      if (w.startsWith(at.prefix()) && all.stream().noneMatch(c -> c.value().equals(w))) {
        all.add(new Candidate(w, "tutor command", true));
      }
    }
    return all;
  }

  private ShellIO completionIo() {
    java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    return new ShellIO(sink, sink, () -> null, true, true, s.shellWidth(), (f, r) -> {});
  }

  /** F4: starts an {@code edit} command line for the learner to name the file (Tab helps). */
  void offerEdit() {
    if (s.running) {
      return;
    }
    InputLine in = s.shellPane.input();
    if (!in.text().startsWith("edit ")) {
      in.set("edit ", 5);
    }
  }

  /** A tutor command from a function key: typed into the line and run, as if entered. */
  void tutorCommand(String command) {
    if (s.running) {
      return;
    }
    if (!s.lessonsAvailable()) {
      s.feedback =
          new Feedback(
              Feedback.Kind.INFO,
              "No lesson open",
              List.of("Hints and the lesson menu come with the lessons. Esc closes this note."));
      return;
    }
    submit(command);
  }
}
