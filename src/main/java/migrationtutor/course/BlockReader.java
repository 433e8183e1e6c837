package migrationtutor.course;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns the text of a {@code solution} or {@code wrong} block into {@link Action}s: a block with a
 * path after its kind changes that file ({@code diff}: lines replaced; any other language: the
 * whole file written), a block without one holds command lines ({@code $ } prompts, blank lines and
 * {@code #} comments are skipped).
 */
final class BlockReader {
  private static final Pattern REVISION_ID = Pattern.compile("\\b[0-9a-f]{12}\\b");

  private BlockReader() {}

  /**
   * @param line the block's opening fence line
   * @throws IllegalArgumentException for a block that cannot be read, with a 1-based line in the
   *     lesson file before a colon ({@code 42: message})
   */
  static List<Action> actions(BlockInfo info, String text, int line) {
    if (info.args().size() > 1) {
      throw new IllegalArgumentException(
          line + ": a " + info.kind() + " block names at most one file, after its kind");
    }
    if (info.args().size() == 1) {
      String path = info.args().get(0);
      if (path.startsWith("/") || path.contains("..")) {
        throw new IllegalArgumentException(
            line + ": '" + path + "' is not a path inside the workspace");
      }
      if ("diff".equals(info.language())) {
        try {
          return List.of(new Action.Edit(line, path, Patch.parse(text), text));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(line + ": " + e.getMessage());
        }
      }
      return List.of(new Action.Write(line, path, text));
    }
    if ("diff".equals(info.language())) {
      throw new IllegalArgumentException(
          line
              + ": a diff "
              + info.kind()
              + " needs the file it changes: ```diff "
              + info.kind()
              + " PATH");
    }
    List<Action> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    StringBuilder pending = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (pending.length() == 0 && (l.isBlank() || l.strip().startsWith("#"))) {
        continue;
      }
      if (pending.length() == 0 && l.startsWith("$ ")) {
        l = l.substring(2);
      }
      if (REVISION_ID.matcher(l).find()) {
        throw new IllegalArgumentException(
            (line + 1 + i)
                + ": a revision id does not belong in a lesson (ids are random in every"
                + " workspace); use head, base, -1, or a file name glob");
      }
      if (l.endsWith("\\")) {
        pending.append(l, 0, l.length() - 1).append(' ');
        continue;
      }
      pending.append(l);
      out.add(new Action.Run(line + 1 + i, pending.toString().strip()));
      pending.setLength(0);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(line + ": the " + info.kind() + " block has no command");
    }
    return out;
  }
}
