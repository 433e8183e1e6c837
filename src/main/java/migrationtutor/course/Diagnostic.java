package migrationtutor.course;

/**
 * An authoring mistake in a lesson file, reported as {@code file:line: message}.
 *
 * @param file the lesson file as the instructor named it (relative to the course folder)
 * @param line the 1-based line the mistake is on
 * @param message what is wrong, in the instructor's terms
 */
public record Diagnostic(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
