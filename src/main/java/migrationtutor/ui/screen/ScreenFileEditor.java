package migrationtutor.ui.screen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.ExternalEditor;
import migrationtutor.sandbox.shell.FileEditor;

/**
 * How the full-screen tutor opens files, called on the command's thread. {@code edit FILE} uses the
 * built-in editor; {@code nano}, {@code vim}, {@code vi}, {@code code} and {@code alembic edit} use
 * the learner's own editor when there is one ({@code $VISUAL}, {@code $EDITOR}, or the named
 * program), with the screen suspended and restored after it, and otherwise the built-in one.
 */
final class ScreenFileEditor implements FileEditor {
  /** Files larger than this are not opened in the built-in editor. */
  static final long MAX_BYTES = 1 << 20;

  private final TutorScreen screen;
  private final TerminalHost host;
  private final Path root;
  private final Map<String, String> env;

  ScreenFileEditor(TutorScreen screen, TerminalHost host, Path root, Map<String, String> env) {
    this.screen = screen;
    this.host = host;
    this.root = root;
    this.env = Map.copyOf(env);
  }

  @Override
  public void edit(Path file, String requested) throws Exception {
    if (host != null && wantsOwnEditor(requested)) {
      external(file, requested);
    } else {
      builtIn(file);
    }
  }

  private boolean wantsOwnEditor(String requested) {
    if (requested.equals("edit")) {
      return false;
    }
    for (String var : List.of("VISUAL", "EDITOR")) {
      if (!env.getOrDefault(var, "").isBlank()) {
        return true;
      }
    }
    return List.of("nano", "vim", "vi", "code").contains(requested) && onPath(requested);
  }

  private boolean onPath(String name) {
    for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  private void external(Path file, String requested) throws Exception {
    screen.ui.call(
        () -> {
          try {
            screen.suspendScreen(host);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return null;
        });
    try {
      new ExternalEditor(env).edit(file, requested);
    } finally {
      screen.ui.call(
          () -> {
            try {
              screen.resumeScreen(host);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            return null;
          });
    }
  }

  private void builtIn(Path file) throws Exception {
    String text = "";
    if (Files.exists(file)) {
      if (Files.size(file) > MAX_BYTES) {
        throw new Exception("the file is too large for the built-in editor (over 1 MiB)");
      }
      byte[] bytes = Files.readAllBytes(file);
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
      } catch (CharacterCodingException e) {
        throw new Exception("it is not a text file (the database is opened with sqlite3)");
      }
      if (text.indexOf('\0') >= 0) {
        throw new Exception("it is not a text file (the database is opened with sqlite3)");
      }
    }
    String name = root.relativize(file).toString();
    EditorPane pane = new EditorPane(file, name, text);
    screen.ui.call(
        () -> {
          screen.openEditor(pane);
          return null;
        });
    pane.closed().get();
  }
}
