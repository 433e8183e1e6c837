package migrationtutor.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Whether the process's standard streams are terminals, and how wide the terminal is.
 *
 * <p>Alembic decides from standard input whether to indent and wrap its messages, and argparse
 * sizes help text from standard output; Java cannot ask either question directly, so this reads
 * {@code /proc/self/fd} and asks {@code stty} for the size only when a terminal is present.
 */
final class TerminalProbe {
  private TerminalProbe() {}

  /** Whether file descriptor {@code fd} (0, 1, 2) is a terminal. */
  static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/")
          || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** The width of the terminal on file descriptor {@code fd}, if it is one. */
  static OptionalInt width(int fd) {
    if (!isTerminal(fd)) {
      return OptionalInt.empty();
    }
    try {
      Path device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(device.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return OptionalInt.empty();
      }
      String[] parts = out.split("\\s+");
      int cols = Integer.parseInt(parts[1]);
      return cols > 0 ? OptionalInt.of(cols) : OptionalInt.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }

  /** Python's shutil.get_terminal_size().columns: COLUMNS, else stdout's terminal, else 80. */
  static int columns(java.util.Map<String, String> env) {
    String c = env.get("COLUMNS");
    if (c != null) {
      try {
        int v = Integer.parseInt(c.strip());
        if (v > 0) {
          return v;
        }
      } catch (NumberFormatException ignored) {
        // shutil ignores a COLUMNS it cannot read
      }
    }
    return width(1).orElse(80);
  }
}
