package migrationtutor.ui.screen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real terminal for end-to-end tests: a tmux server of its own (its own socket, so no other tmux
 * session is touched) with one window running a command. Skipped when tmux is not installed, unless
 * {@code TUTOR_DIFFERENTIAL=required}.
 */
final class Tmux implements AutoCloseable {
  private final String socket = "mt-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

  static void assumeInstalled() {
    boolean present = Files.isExecutable(Path.of("/usr/bin/tmux")) || onPath("tmux");
    if (!present && "required".equals(System.getenv("TUTOR_DIFFERENTIAL"))) {
      throw new AssertionError("tmux is required (TUTOR_DIFFERENTIAL=required) but missing");
    }
    Assumptions.assumeTrue(present, "tmux is not installed");
  }

  private static boolean onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
        return true;
      }
    }
    return false;
  }

  /** Starts {@code shellCommand} in a {@code cols}×{@code rows} window. */
  void start(int cols, int rows, String shellCommand) throws Exception {
    tmux(
        "new-session",
        "-d",
        "-s",
        "main",
        "-x",
        String.valueOf(cols),
        "-y",
        String.valueOf(rows),
        shellCommand);
  }

  /** Keys by tmux's names ({@code Enter}, {@code F10}, {@code C-s}). */
  void keys(String... names) throws Exception {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", "main"));
    args.addAll(List.of(names));
    tmux(args.toArray(String[]::new));
  }

  /** Text typed literally. */
  void type(String text) throws Exception {
    tmux("send-keys", "-t", "main", "-l", text);
  }

  void resize(int cols, int rows) throws Exception {
    tmux("resize-window", "-t", "main", "-x", String.valueOf(cols), "-y", String.valueOf(rows));
  }

  /** What the window shows now. */
  String screen() throws Exception {
    return tmux("capture-pane", "-p", "-t", "main");
  }

  /** Waits until the window shows {@code text}; returns the screen, or fails with it. */
  String await(String text, long seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String s = "";
    while (System.nanoTime() < deadline) {
      s = screen();
      if (s.contains(text)) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("waited " + seconds + " s for \"" + text + "\"; the screen:\n" + s);
  }

  /** Waits until the window no longer shows {@code text}. */
  String awaitGone(String text, long seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String s = "";
    while (System.nanoTime() < deadline) {
      s = screen();
      if (!s.contains(text)) {
        return s;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("waited " + seconds + " s for \"" + text + "\" to go:\n" + s);
  }

  String tmux(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("tmux " + String.join(" ", args) + ": " + out);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      tmux("kill-server");
    } catch (IOException | InterruptedException e) {
      // already gone
    }
  }
}
