package migrationtutor.ui.console;

import migrationtutor.sandbox.shell.Shell;

/** What the console says when it starts and when it ends. */
final class Banner {
  private Banner() {}

  static String welcome(Shell shell, boolean color) {
    String bold = color ? "\033[1m" : "";
    String reset = color ? "\033[0m" : "";
    StringBuilder b = new StringBuilder();
    b.append(bold).append("Migration Tutor").append(reset).append(" - plain console\n");
    if (shell.workspace().created()) {
      b.append("Created your workspace ")
          .append(shell.workspace().root())
          .append(" from the ")
          .append(shell.workspace().project())
          .append(" starter project.\n");
    } else {
      int changes = shell.workspace().undo().size();
      b.append("Welcome back. Resuming in ")
          .append(shell.workspace().root())
          .append(" at ")
          .append(shell.displayCwd())
          .append(" (")
          .append(shell.history().size())
          .append(" commands in history, ")
          .append(changes)
          .append(changes == 1 ? " change" : " changes")
          .append(" to undo).\n");
    }
    b.append("Type help for the commands, undo to take back a change, quit to leave.\n");
    return b.toString();
  }

  static String goodbye(Shell shell) {
    return "Your work is kept in "
        + shell.workspace().root()
        + ". Start the tutor with the same workspace to go on.\n";
  }
}
