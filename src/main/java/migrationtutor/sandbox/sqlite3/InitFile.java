package migrationtutor.sandbox.sqlite3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code -init FILE} (shell.c process_sqliterc() with an explicit file). The tutor reads no
 * ~/.sqliterc: learners' sandboxes have none.
 */
final class InitFile {
  private InitFile() {}

  static int process(Shell shell, String name) {
    Optional<Path> file = shell.invocation().resolver().resolve(name);
    byte[] content = null;
    if (file.isPresent() && Files.isRegularFile(file.get())) {
      try {
        content = Files.readAllBytes(file.get());
      } catch (IOException e) {
        content = null;
      }
    }
    if (content == null) {
      shell.err().print("cannot open: \"" + name + "\"\n");
      return 1;
    }
    if (shell.stdinInteractive) {
      shell.err().print("-- Loading resources from " + name + "\n");
    }
    int saved = shell.lineno;
    try {
      return shell.processInput(LineSource.of(ReadCommand.lines(content)), true);
    } finally {
      shell.lineno = saved;
    }
  }
}
