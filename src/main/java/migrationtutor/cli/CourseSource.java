package migrationtutor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import migrationtutor.course.CourseLoader;
import migrationtutor.course.Diagnostic;

/** Loads the course a command works on: {@code --lessons DIR} (or PATH), else the bundled one. */
final class CourseSource {
  private CourseSource() {}

  /**
   * The course, or null when it cannot be used; the reason (or its authoring mistakes, as {@code
   * file:line: message}) is then printed to {@code err}.
   */
  static CourseLoader.Loaded loadOrReport(Path path, PrintWriter err, boolean mistakesAllowed) {
    CourseLoader.Loaded loaded;
    try {
      loaded = path == null ? CourseLoader.bundled() : CourseLoader.from(path);
    } catch (IOException | RuntimeException e) {
      err.println("tutor: " + e.getMessage());
      err.flush();
      return null;
    }
    if (!mistakesAllowed && !loaded.diagnostics().isEmpty()) {
      for (Diagnostic d : loaded.diagnostics()) {
        err.println(d);
      }
      err.println(
          "tutor: the course has "
              + loaded.diagnostics().size()
              + " authoring mistake(s); run 'tutor lint"
              + (path == null ? "" : " " + path)
              + "' for the list");
      err.flush();
      return null;
    }
    return loaded;
  }
}
