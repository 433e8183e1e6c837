package migrationtutor.ui.console;

import java.util.List;
import java.util.function.Supplier;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.session.TutorSession;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/** Tab completion at the console's prompt, from {@link Shell#complete}. */
final class JLineCompleter implements Completer {
  private final Shell shell;
  private final Supplier<ShellIO> io;
  private final TutorSession tutor;

  JLineCompleter(Shell shell, Supplier<ShellIO> io) {
    this(shell, io, null);
  }

  /** Completion from the shell and, when {@code tutor} is not null, the tutor's own commands. */
  JLineCompleter(Shell shell, Supplier<ShellIO> io, TutorSession tutor) {
    this.shell = shell;
    this.io = io;
    this.tutor = tutor;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    if (tutor != null) {
      for (migrationtutor.sandbox.shell.Candidate c : tutor.complete(line.line(), line.cursor())) {
        seen.add(c.value());
        candidates.add(candidate(c));
      }
    }
    for (migrationtutor.sandbox.shell.Candidate c :
        shell.complete(line.line(), line.cursor(), io.get())) {
      if (seen.add(c.value())) {
        candidates.add(candidate(c));
      }
    }
  }

  /** A JLine candidate; files show only their last part in the list. */
  static Candidate candidate(migrationtutor.sandbox.shell.Candidate c) {
    String value = c.value();
    String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    int slash = trimmed.lastIndexOf('/');
    String display = slash < 0 || value.contains(" ") ? value : value.substring(slash + 1);
    String description = c.description().isEmpty() ? null : c.description();
    return new Candidate(value, display, null, description, null, null, c.complete());
  }
}
