package migrationtutor.sandbox.sqlite3;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs the emulation in a directory that is the whole sandbox. */
final class EmulatedShell {
  private EmulatedShell() {}

  /** A resolver that allows exactly the files under root, as a tutor would. */
  static SandboxResolver confinedTo(Path root) {
    Path base = root.toAbsolutePath().normalize();
    return p -> {
      Path f = base.resolve(p).normalize();
      return f.startsWith(base) ? Optional.of(f) : Optional.empty();
    };
  }

  static Run run(Path dir, List<String> args, List<String> stdin, boolean interactive) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Sqlite3Shell.run(
            Sqlite3Invocation.builder(args)
                .workingDirectory(dir)
                .resolver(confinedTo(dir))
                .stdin(stdin)
                .interactive(interactive)
                .stdout(new PrintStream(out, true))
                .stderr(new PrintStream(err, true))
                .build());
    return new Run(status, out.toByteArray(), err.toByteArray());
  }
}
