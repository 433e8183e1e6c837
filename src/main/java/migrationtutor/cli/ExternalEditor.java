package migrationtutor.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens a file in the user's editor the way Alembic's {@code util.open_in_editor} chooses one:
 * {@code $EDITOR}, then {@code $VISUAL}, then sensible-editor, editor, nano, vim or code from the
 * PATH. The caller wraps failures in Alembic's "Error executing editor (...)" message.
 */
final class ExternalEditor {
  private static final List<String> DEFAULTS =
      List.of("sensible-editor", "editor", "nano", "vim", "code");

  private ExternalEditor() {}

  static void open(Path file) throws Exception {
    String editor = find(System.getenv());
    Process p = new ProcessBuilder(editor, file.toString()).inheritIO().start();
    int status = p.waitFor();
    if (status != 0) {
      throw new Exception(
          "Command '['"
              + editor
              + "', '"
              + file
              + "']' returned non-zero exit"
              + " status "
              + status
              + ".");
    }
  }

  static String find(Map<String, String> env) throws Exception {
    List<String> candidates = new ArrayList<>(DEFAULTS);
    int i = 0;
    for (String var : List.of("EDITOR", "VISUAL")) {
      String choice = env.get(var);
      if (choice != null) {
        if (Files.exists(Path.of(choice))) {
          return choice;
        }
        if (!choice.contains(File.separator)) {
          candidates.add(i, choice);
        }
      }
      i++;
    }
    for (String candidate : candidates) {
      for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
        Path p = Path.of(dir, candidate);
        if (Files.exists(p)) {
          return p.toString();
        }
      }
    }
    throw new Exception(
        "No suitable editor found. Please set the \"EDITOR\" or \"VISUAL\" environment variables");
  }
}
