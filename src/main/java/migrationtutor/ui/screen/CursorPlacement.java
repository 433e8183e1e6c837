package migrationtutor.ui.screen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the editor's cursor starts: where the learner has to type. In a migration script that is
 * the body of {@code upgrade()} — on its placeholder {@code pass} when the body is only that
 * (typing goes in front of it and Enter keeps the indentation), else on its first statement. In any
 * other file, the first line.
 */
final class CursorPlacement {
  private static final Pattern UPGRADE = Pattern.compile("^(\\s*)def upgrade\\s*\\(.*\\).*:\\s*$");

  private CursorPlacement() {}

  /** The (row, column) to start at. */
  static int[] of(EditorBuffer b) {
    for (int i = 0; i < b.lineCount(); i++) {
      Matcher m = UPGRADE.matcher(b.line(i));
      if (!m.matches()) {
        continue;
      }
      int defIndent = m.group(1).length();
      int firstStatement = -1;
      for (int j = i + 1; j < b.lineCount(); j++) {
        String l = b.line(j);
        String s = l.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (EditorBuffer.leading(l).length() <= defIndent) {
          break; // the function ended
        }
        if (firstStatement < 0) {
          firstStatement = j;
        }
        if (s.equals("pass") && firstStatement == j) {
          return new int[] {j, EditorBuffer.leading(l).length()};
        }
      }
      if (firstStatement >= 0) {
        return new int[] {firstStatement, EditorBuffer.leading(b.line(firstStatement)).length()};
      }
      return new int[] {i, b.line(i).length()};
    }
    return new int[] {0, 0};
  }
}
