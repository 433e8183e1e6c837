package migrationtutor.sandbox.shell.parse;

import java.util.List;

/**
 * One command: {@code NAME=value} assignments, the command's words, and redirections.
 *
 * @param assignments words of the form {@code NAME=value} before the command name
 * @param words the command name and its arguments
 * @param redirects where standard output goes, in order (the last one wins, as in bash)
 * @param text the command's text in the line, for messages
 */
public record SimpleCommand(
    List<Word> assignments, List<Word> words, List<Redirect> redirects, String text) {
  public SimpleCommand {
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    redirects = List.copyOf(redirects);
  }
}
