package migrationtutor.course;

import java.util.ArrayList;
import java.util.List;

/**
 * A file edit written as a diff: hunks of context lines ({@code " "}), removed lines ({@code -})
 * and added lines ({@code +}), separated by {@code @@} lines. Applying a hunk finds its old lines
 * (context and removed) in the file, exactly once, and puts its new lines (context and added) in
 * their place. Trailing blanks are ignored when matching, because editors strip them.
 */
public final class Patch {
  /** One replacement: the lines found and the lines put instead. */
  record Hunk(List<String> before, List<String> after) {}

  private final List<Hunk> hunks;

  private Patch(List<Hunk> hunks) {
    this.hunks = List.copyOf(hunks);
  }

  /**
   * Reads a diff block.
   *
   * @throws IllegalArgumentException naming the first line (1-based, in the block) that is not a
   *     diff line
   */
  public static Patch parse(String diff) {
    List<Hunk> hunks = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> after = new ArrayList<>();
    String[] lines = diff.split("\n", -1);
    int n = lines.length;
    if (n > 0 && lines[n - 1].isEmpty()) {
      n--;
    }
    for (int i = 0; i < n; i++) {
      String l = lines[i];
      if (l.startsWith("@@")) {
        flush(hunks, before, after);
      } else if (l.startsWith("--- ") || l.startsWith("+++ ")) {
        // unified diff file headers carry nothing a hunk needs
        continue;
      } else if (l.isEmpty()) {
        before.add("");
        after.add("");
      } else if (l.charAt(0) == ' ') {
        before.add(l.substring(1));
        after.add(l.substring(1));
      } else if (l.charAt(0) == '-') {
        before.add(l.substring(1));
      } else if (l.charAt(0) == '+') {
        after.add(l.substring(1));
      } else {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " of the diff starts with neither ' ', '-', '+' nor '@@'");
      }
    }
    flush(hunks, before, after);
    if (hunks.isEmpty()) {
      throw new IllegalArgumentException("the diff changes nothing");
    }
    return new Patch(hunks);
  }

  private static void flush(List<Hunk> hunks, List<String> before, List<String> after) {
    if (!before.equals(after)) {
      if (before.stream().allMatch(String::isBlank)) {
        throw new IllegalArgumentException(
            "a hunk has no context or removed line to find its place by");
      }
      hunks.add(new Hunk(List.copyOf(before), List.copyOf(after)));
    }
    before.clear();
    after.clear();
  }

  /**
   * The text with every hunk applied.
   *
   * @throws IllegalStateException when a hunk's old lines are not in the text exactly once
   */
  public String apply(String text) {
    boolean finalNewline = text.endsWith("\n");
    List<String> lines =
        new ArrayList<>(
            List.of((finalNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1)));
    for (Hunk h : hunks) {
      List<Integer> at = find(lines, h.before());
      if (at.size() != 1) {
        throw new IllegalStateException(
            (at.isEmpty()
                    ? "the lines to change are not in the file: "
                    : "the lines to change are in the file " + at.size() + " times: ")
                + h.before().get(firstNonBlank(h.before())).strip());
      }
      int start = at.get(0);
      for (int i = 0; i < h.before().size(); i++) {
        lines.remove(start);
      }
      lines.addAll(start, h.after());
    }
    return String.join("\n", lines) + (finalNewline ? "\n" : "");
  }

  private static int firstNonBlank(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return 0;
  }

  private static List<Integer> find(List<String> lines, List<String> wanted) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i + wanted.size() <= lines.size(); i++) {
      boolean same = true;
      for (int j = 0; j < wanted.size() && same; j++) {
        same = lines.get(i + j).stripTrailing().equals(wanted.get(j).stripTrailing());
      }
      if (same) {
        at.add(i);
      }
    }
    return at;
  }
}
