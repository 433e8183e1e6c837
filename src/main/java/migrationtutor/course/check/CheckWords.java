package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a check line: separated by blanks, with {@code "..."} (where {@code \"} and {@code
 * \\} are escapes) and {@code '...'} quoting a word that holds blanks.
 */
final class CheckWords {
  private CheckWords() {}

  /**
   * Splits a line.
   *
   * @throws IllegalArgumentException when a quote is not closed
   */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      StringBuilder w = new StringBuilder();
      while (i < n && !Character.isWhitespace(line.charAt(i))) {
        char q = line.charAt(i);
        if (q == '"' || q == '\'') {
          int end = i + 1;
          while (end < n && line.charAt(end) != q) {
            if (q == '"' && line.charAt(end) == '\\' && end + 1 < n) {
              w.append(line.charAt(end + 1));
              end += 2;
              continue;
            }
            w.append(line.charAt(end));
            end++;
          }
          if (end >= n) {
            throw new IllegalArgumentException(
                "a " + (q == '"' ? "double" : "single") + " quote is not closed");
          }
          i = end + 1;
        } else {
          w.append(q);
          i++;
        }
      }
      out.add(w.toString());
    }
    return out;
  }
}
