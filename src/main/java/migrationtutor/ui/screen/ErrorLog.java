package migrationtutor.ui.screen;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Unexpected failures of the screen, written with their stack traces to {@code .tutor/screen.log}
 * in the workspace for the course maintainers; the learner sees only a sentence naming the file.
 */
final class ErrorLog {
  static final String FILE = ".tutor/screen.log";
  private final Path file;

  ErrorLog(Path workspaceRoot) {
    this.file = workspaceRoot.resolve(FILE);
  }

  /** Writes {@code t} with what the tutor was doing; returns the learner's sentence. */
  String log(String doing, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    String entry = Instant.now() + " while " + doing + "\n" + trace + "\n";
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          entry,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      return "The tutor hit an unexpected problem while "
          + doing
          + " ("
          + t.getClass().getSimpleName()
          + "). The details are in "
          + FILE
          + "; please send that file to the course maintainers. Your work is safe: carry on.";
    } catch (IOException e) {
      return "The tutor hit an unexpected problem while "
          + doing
          + " ("
          + t.getClass().getSimpleName()
          + ") and could not write "
          + FILE
          + ". Your work is safe: carry on.";
    }
  }
}
