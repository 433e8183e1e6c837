package migrationtutor.ui.screen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the editor's cursor starts: where the learner has to type. In a migration script that is
 * the first of {@code upgrade()} and {@code downgrade()} whose body is still only the placeholder
 * {@code pass} (on it: typing goes in front of it and Enter keeps the indentation), else the first
 * statement of {@code upgrade()}. In env.py it is the {@code target_metadata = None} line, in
 * alembic.ini the value of {@code sqlalchemy.url}: the lines the course has learners change. In any
 * other file, the first line.
 */
final class CursorPlacement {
  private static final Pattern FUNCTION =
      Pattern.compile("^(\\s*)def (upgrade|downgrade)\\s*\\(.*\\).*:\\s*$");
  private static final Pattern TARGET_METADATA =
      Pattern.compile("^target_metadata\\s*=\\s*None\\b");
  private static final Pattern URL = Pattern.compile("^(sqlalchemy\\.url\\s*=\\s*)");

  private CursorPlacement() {}

  /** The (row, column) to start at. */
  static int[] of(EditorBuffer b) {
    int[] upgradeStart = null;
    for (int i = 0; i < b.lineCount(); i++) {
      Matcher m = FUNCTION.matcher(b.line(i));
      if (!m.matches()) {
        continue;
      }
      int[] body = body(b, i, m.group(1).length());
      if (body[2] == 1) {
        return new int[] {body[0], body[1]};
      }
      if (upgradeStart == null && m.group(2).equals("upgrade")) {
        upgradeStart = new int[] {body[0], body[1]};
      }
    }
    if (upgradeStart != null) {
      return upgradeStart;
    }
    for (int i = 0; i < b.lineCount(); i++) {
      if (TARGET_METADATA.matcher(b.line(i)).find()) {
        return new int[] {i, 0};
      }
      Matcher url = URL.matcher(b.line(i));
      if (url.find()) {
        return new int[] {i, url.end(1)};
      }
    }
    return new int[] {0, 0};
  }

  /**
   * The function defined at {@code def}: its first statement's (row, column), and 1 when that
   * statement is a lone {@code pass}; the end of the def line when the body is empty.
   */
  private static int[] body(EditorBuffer b, int def, int defIndent) {
    int first = -1;
    int statements = 0;
    for (int j = def + 1; j < b.lineCount(); j++) {
      String l = b.line(j);
      String s = l.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (EditorBuffer.leading(l).length() <= defIndent) {
        break; // the function ended
      }
      if (first < 0) {
        first = j;
      }
      statements++;
    }
    if (first < 0) {
      return new int[] {def, b.line(def).length(), 0};
    }
    boolean onlyPass = statements == 1 && b.line(first).strip().equals("pass");
    return new int[] {first, EditorBuffer.leading(b.line(first)).length(), onlyPass ? 1 : 0};
  }
}
