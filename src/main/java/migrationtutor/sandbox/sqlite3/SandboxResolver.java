package migrationtutor.sandbox.sqlite3;

import java.nio.file.Path;
import java.util.Optional;

/** Maps a file name a learner typed to the real file inside the sandbox, or refuses it. */
@FunctionalInterface
public interface SandboxResolver {
  /**
   * The real file that {@code path} (as typed: relative to the learner's working directory, or
   * absolute in the learner's view) names, or empty when it lies outside the sandbox. The file need
   * not exist. Every file the shell reads or opens goes through this.
   */
  Optional<Path> resolve(String path);
}
