package migrationtutor.ui.console;

/**
 * The console's prompt: the project and the current directory, {@code personal_todo:~/alembic$}.
 */
final class Prompt {
  private static final String GREEN = "\033[1;32m";
  private static final String BLUE = "\033[1;34m";
  private static final String RESET = "\033[0m";

  private Prompt() {}

  static String of(String project, String cwd, boolean color) {
    if (!color) {
      return project + ":" + cwd + "$ ";
    }
    return GREEN + project + RESET + ":" + BLUE + cwd + RESET + "$ ";
  }

  /** The prompt of a continued line (an open quote, a trailing backslash). */
  static String continuation() {
    return "> ";
  }
}
