package migrationtutor.sandbox.sqlite3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .read FILE}: runs a file of SQL and dot commands inside the sandbox. Reading the output of
 * a program ({@code .read |cmd}) is refused, as is a file outside the sandbox.
 */
final class ReadCommand {
  private ReadCommand() {}

  static int run(Shell shell, DotArgs a) {
    if (a.count() != 2) {
      shell.err().print("Usage: .read FILE\n");
      return 1;
    }
    String name = a.get(1);
    if (name.startsWith("|")) {
      shell
          .err()
          .print(
              "Error: reading the output of a program (.read |COMMAND) is not"
                  + " available in the tutor's sandbox\n");
      return 1;
    }
    Optional<Path> file = shell.invocation().resolver().resolve(name);
    if (file.isEmpty()) {
      shell.err().print("Error: \"" + name + "\" is outside the tutor's sandbox\n");
      return 1;
    }
    byte[] content;
    try {
      if (!Files.isRegularFile(file.get())) {
        throw new IOException("not a regular file");
      }
      content = Files.readAllBytes(file.get());
    } catch (IOException | RuntimeException e) {
      shell.err().print("Error: cannot open \"").write(a.bytes(1)).print("\"\n");
      return 1;
    }
    int saved = shell.lineno;
    try {
      return shell.processInput(LineSource.of(lines(content)), true);
    } finally {
      shell.lineno = saved;
    }
  }

  /** The file's lines as fgets() would return them, without their "\n". */
  static List<String> lines(byte[] content) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n') {
        lines.add(new String(content, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < content.length) {
      lines.add(new String(content, start, content.length - start, StandardCharsets.UTF_8));
    }
    return lines;
  }
}
