package migrationtutor.sandbox.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The learner's own editor as a real process, the only one the sandbox ever starts: {@code
 * $VISUAL}, then {@code $EDITOR} (as they were when the tutor started; they may carry options, such
 * as {@code code --wait}), then the editor the learner named ({@code nano}, {@code vim}, {@code
 * vi}, {@code code}) if it is installed, then {@code sensible-editor}, {@code editor}, {@code
 * nano}, {@code vim}, {@code vi}. It runs on the tutor's terminal and the tutor waits.
 */
public final class ExternalEditor implements FileEditor {
  private static final List<String> FALLBACKS =
      List.of("sensible-editor", "editor", "nano", "vim", "vi");
  private final Map<String, String> env;

  /** An editor chosen from {@code environment}, the tutor's own environment at start. */
  public ExternalEditor(Map<String, String> environment) {
    this.env = Map.copyOf(environment);
  }

  @Override
  public void edit(Path file, String requested) throws Exception {
    List<String> command = new ArrayList<>(choose(requested));
    command.add(file.toString());
    Process p = new ProcessBuilder(command).inheritIO().start();
    int status = p.waitFor();
    if (status != 0) {
      throw new Exception(String.join(" ", command) + " exited with status " + status);
    }
  }

  /** The editor command line (without the file). */
  List<String> choose(String requested) throws Exception {
    for (String var : List.of("VISUAL", "EDITOR")) {
      String value = env.get(var);
      if (value != null && !value.isBlank()) {
        return List.of(value.strip().split("\\s+"));
      }
    }
    List<String> candidates = new ArrayList<>();
    if (List.of("nano", "vim", "vi", "code").contains(requested)) {
      candidates.add(requested);
    }
    candidates.addAll(FALLBACKS);
    for (String c : candidates) {
      String found = onPath(c);
      if (found != null) {
        return c.equals("code") ? List.of(found, "--wait") : List.of(found);
      }
    }
    throw new Exception(
        "no editor found. Set EDITOR before starting the tutor (for example"
            + " EDITOR=nano java -jar tutor.jar), or open the file in your own editor: the"
            + " workspace is an ordinary folder");
  }

  private String onPath(String name) {
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p) && !Files.isDirectory(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
