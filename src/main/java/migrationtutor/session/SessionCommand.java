package migrationtutor.session;

import java.util.List;
import java.util.Set;

/**
 * A line the tutor answers itself rather than the shell: one of its words ({@code hint}, {@code
 * lesson 3}, {@code reset lesson}) alone on the line. Anything with shell syntax ({@code hint > f},
 * {@code check && ls}) goes to the shell, which says what is wrong with it.
 */
record SessionCommand(String name, List<String> args) {
  /** The words the session takes; {@code help}, {@code undo} and {@code quit} are also shell's. */
  static final Set<String> NAMES =
      Set.of(
          "lessons",
          "lesson",
          "next",
          "back",
          "step",
          "hint",
          "check",
          "explain",
          "solution",
          "reset",
          "help");

  /** The command on {@code line}, or null when the line is for the shell. */
  static SessionCommand parse(String line) {
    String t = line.strip();
    if (t.isEmpty() || t.matches(".*[;&|<>$`'\"\\\\#(){}*?\\[\\]=].*")) {
      return null;
    }
    String[] words = t.split("\\s+");
    if (!NAMES.contains(words[0])) {
      return null;
    }
    if (words[0].equals("help") && words.length > 1) {
      return null; // help COMMAND is the shell's
    }
    return new SessionCommand(words[0], List.of(words).subList(1, words.length));
  }
}
