package migrationtutor.ui.console;

/** Where the console reads the learner's command lines from: a line editor or piped input. */
public interface ConsoleInput {
  /**
   * Shows {@code prompt} (when there is a terminal) and reads one line.
   *
   * @return the line, or null at the end of input (Ctrl-D, end of a pipe)
   * @throws ConsoleInterrupt when the learner cancelled the line with Ctrl-C
   */
  String readLine(String prompt) throws ConsoleInterrupt;
}
