package migrationtutor.differential;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the real {@code alembic} command (Debian's Alembic 1.8.1) in a project directory.
 *
 * <p>Differential tests skip when it is not installed, unless the environment sets {@code
 * TUTOR_DIFFERENTIAL=required} (as .ci/run does), in which case its absence is a failure.
 */
final class RealAlembic {
  private static final Path EXECUTABLE = Path.of("/usr/bin/alembic");

  private RealAlembic() {}

  /** Skips the calling test when real Alembic is missing, or fails if it is required. */
  static void assumeAvailable() {
    boolean present = Files.isExecutable(EXECUTABLE);
    if (!present && "required".equals(System.getenv("TUTOR_DIFFERENTIAL"))) {
      throw new AssertionError(
          "real Alembic is required (TUTOR_DIFFERENTIAL=required) but "
              + EXECUTABLE
              + " is missing; install it with apt-get install -y alembic");
    }
    Assumptions.assumeTrue(present, "real Alembic is not installed");
  }

  /** Runs {@code alembic args...} in {@code dir} with stdin from /dev/null, as the reference. */
  static RunResult run(Path dir, List<String> args, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add(EXECUTABLE.toString());
    command.addAll(args);
    return runCommand(dir, command, env);
  }

  /**
   * Runs {@code python3 script args...}: real Alembic driven by a test script (Alembic 1.9's {@code
   * check} on 1.8.1, see alembic_with_check.py).
   */
  static RunResult runScript(Path dir, Path script, List<String> args, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add("/usr/bin/python3");
    command.add(script.toAbsolutePath().toString());
    command.addAll(args);
    return runCommand(dir, command, env);
  }

  private static RunResult runCommand(Path dir, List<String> command, Map<String, String> env) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("PYTHONUNBUFFERED", "1");
    pb.environment().put("PYTHONHASHSEED", "0");
    pb.environment().put("TZ", "UTC");
    pb.environment().remove("ALEMBIC_CONFIG");
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    try {
      Path out = Files.createTempFile("alembic-out", ".txt");
      Path err = Files.createTempFile("alembic-err", ".txt");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("alembic " + command + " did not finish in 120 s");
      }
      RunResult r =
          new RunResult(
              p.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return r;
    } catch (IOException e) {
      throw new AssertionError("could not run alembic: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
