package migrationtutor.ui.screen;

import java.util.List;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.parse.CursorContext;
import migrationtutor.sandbox.shell.parse.ShellParser;
import migrationtutor.ui.console.Quoting;

/**
 * Tab at the prompt, as in bash: the shell's candidates for the word at the cursor ({@link
 * migrationtutor.sandbox.shell.Shell#complete}, the console's completion); one candidate replaces
 * the word, quoted as it was typed; several extend it by their common prefix, and when that adds
 * nothing they are listed.
 */
final class TabCompletion {
  /**
   * What Tab did.
   *
   * @param changed whether the line was changed
   * @param listed the candidates to show (empty unless the word could not be extended)
   */
  record Result(boolean changed, List<Candidate> listed) {}

  private TabCompletion() {}

  static Result complete(InputLine input, List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return new Result(false, List.of());
    }
    String line = input.text();
    int cursor = input.cursor();
    CursorContext at = ShellParser.atCursor(line, cursor);
    String value;
    boolean complete;
    if (candidates.size() == 1) {
      value = candidates.get(0).value();
      complete = candidates.get(0).complete();
    } else {
      value = commonPrefix(candidates);
      complete = false;
      if (value.length() <= at.prefix().length()) {
        return new Result(false, candidates);
      }
    }
    String word = Quoting.escape(value, at.openQuote(), complete);
    String replaced = line.substring(0, at.wordStart()) + word + (complete ? " " : "");
    input.set(replaced + line.substring(cursor), replaced.length());
    return new Result(true, List.of());
  }

  static String commonPrefix(List<Candidate> candidates) {
    String prefix = candidates.get(0).value();
    for (Candidate c : candidates) {
      int i = 0;
      String v = c.value();
      while (i < prefix.length() && i < v.length() && prefix.charAt(i) == v.charAt(i)) {
        i++;
      }
      prefix = prefix.substring(0, i);
    }
    return prefix;
  }

  /** The candidates as shown under the prompt: names only, in columns for the pane's width. */
  static List<String> columns(List<Candidate> candidates, int width) {
    List<String> names =
        candidates.stream().map(c -> shortName(c.value())).sorted().distinct().limit(200).toList();
    int col = names.stream().mapToInt(String::length).max().orElse(0) + 2;
    int perLine = Math.max(1, width / Math.max(1, col));
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      b.append(n);
      if ((i + 1) % perLine == 0 || i == names.size() - 1) {
        out.add(b.toString().stripTrailing());
        b.setLength(0);
      } else {
        b.append(" ".repeat(col - n.length()));
      }
    }
    return out;
  }

  /** A file candidate shows only its last part, as bash lists them. */
  private static String shortName(String value) {
    String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    int slash = trimmed.lastIndexOf('/');
    return slash < 0 ? value : value.substring(slash + 1);
  }
}
