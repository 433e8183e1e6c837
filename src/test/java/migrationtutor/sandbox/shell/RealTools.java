package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The machine's own GNU tools, run in a workspace to compare the sandbox's commands with them, in
 * the C.UTF-8 locale and the JVM's time zone. Tests that need a tool skip when it is missing.
 */
final class RealTools {
  private RealTools() {}

  static void assumeInstalled(String tool) {
    boolean found = false;
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      found |= !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool));
    }
    assumeTrue(found, tool + " is not installed");
  }

  static ShellFixture.Result run(Path dir, List<String> command) {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      Map<String, String> env = pb.environment();
      env.put("LC_ALL", "C.UTF-8");
      env.put("TZ", ZoneId.systemDefault().getId());
      env.remove("COLUMNS");
      env.remove("LS_COLORS");
      env.remove("GREP_COLORS");
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      int status = p.waitFor();
      return new ShellFixture.Result(
          status, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
