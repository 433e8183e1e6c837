package migrationtutor.sandbox.sqlite3;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The reference: Debian's /usr/bin/sqlite3 3.40.1. Comparisons with it are skipped when it is not
 * installed, unless TUTOR_DIFFERENTIAL=required (then its absence fails the test).
 */
final class RealShell {
  static final Path EXECUTABLE = Path.of("/usr/bin/sqlite3");

  private RealShell() {}

  static boolean present() {
    boolean present = Files.isExecutable(EXECUTABLE);
    if (!present && "required".equals(System.getenv("TUTOR_DIFFERENTIAL"))) {
      throw new AssertionError(
          "the real sqlite3 is required (TUTOR_DIFFERENTIAL=required) but "
              + EXECUTABLE
              + " is missing; install it with apt-get install -y sqlite3");
    }
    return present;
  }

  static void assumePresent() {
    Assumptions.assumeTrue(present(), "the real sqlite3 is not installed");
  }

  /** Runs sqlite3 in dir (with -interactive, readline echoes each line after the prompt). */
  static Run run(Path dir, List<String> args, List<String> stdin)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    // Started by name, as a learner types it: the shell prints its argv[0] in some messages.
    cmd.add("sqlite3");
    cmd.addAll(args);
    Path in = Files.createTempFile("sqlite3-in", ".txt");
    Path out = Files.createTempFile("sqlite3-out", ".txt");
    Path err = Files.createTempFile("sqlite3-err", ".txt");
    try {
      StringBuilder s = new StringBuilder();
      for (String line : stdin) {
        s.append(line).append('\n');
      }
      Files.writeString(in, s);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().put("HOME", dir.toString());
      pb.environment().put("PATH", EXECUTABLE.getParent() + ":/bin");
      pb.environment().put("TERM", "dumb");
      pb.environment().remove("SQLITE_HISTORY");
      pb.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("sqlite3 " + args + " did not finish in 60 s");
      }
      return new Run(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
