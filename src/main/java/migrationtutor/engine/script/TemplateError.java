package migrationtutor.engine.script;

/** A template the renderer cannot use, reported as {@code file:line: message}. */
public final class TemplateError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;

  TemplateError(String file, int line, String message) {
    super(message);
    this.file = file;
    this.line = line;
  }

  /** The template file. */
  public String file() {
    return file;
  }

  /** The line, 1-based. */
  public int line() {
    return line;
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + getMessage();
  }
}
