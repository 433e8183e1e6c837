package migrationtutor.sandbox.shell.parse;

/** The messages for shell syntax the tutor's shell does not offer, each saying what to do. */
final class Unsupported {
  static final String PIPE =
      "Pipes (|) are not available in the tutor's shell: run one command"
          + " at a time. grep, head, tail and wc take file names, e.g. grep -n target_metadata"
          + " alembic/env.py";
  static final String OR =
      "|| is not available in the tutor's shell; use && (run the next"
          + " command only if this one worked) or ; (run it anyway)";
  static final String BACKGROUND =
      "Background jobs (&) are not available in the tutor's shell;" + " commands run one at a time";
  static final String INPUT =
      "Input redirection (<) is not available in the tutor's shell; give"
          + " the file as an argument instead, e.g. sqlite3 database.db \".read script.sql\"";
  static final String HEREDOC =
      "Here-documents (<<) are not available in the tutor's shell;"
          + " write the file with edit FILE, or with echo '...' > FILE";
  static final String SUBSHELL =
      "Subshells and grouping with ( ) are not available in the"
          + " tutor's shell; type the commands one at a time";
  static final String COMMAND_SUBSTITUTION =
      "Command substitution ($(...) and `...`) is not"
          + " available in the tutor's shell; run the inner command on its own and type its result";
  static final String PARAMETER_OPERATION =
      "Parameter operations like ${NAME:-default} are not"
          + " available in the tutor's shell; use $NAME or ${NAME}";

  private Unsupported() {}

  /** {@code 2>}, {@code &>}, {@code >&} and the like. */
  static String otherRedirect(String op) {
    return "Redirecting with "
        + op
        + " is not available in the tutor's shell; only > and >>"
        + " (standard output into a file) are";
  }
}
