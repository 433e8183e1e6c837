package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Screen snapshots kept under {@code src/test/resources/migrationtutor/ui/screen/snapshots}. A
 * missing snapshot is written (and the test fails, asking for a review); {@code
 * -Dsnapshots.update=true} rewrites them after an intended change.
 */
final class Snapshots {
  private static final Path DIR = Path.of("src/test/resources/migrationtutor/ui/screen/snapshots");

  private Snapshots() {}

  static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name + ".txt");
    if (Boolean.getBoolean("snapshots.update") || !Files.exists(file)) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("snapshots.update")) {
        throw new AssertionError("wrote the new snapshot " + file + "; review it and run again");
      }
      return;
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "snapshot " + name);
  }
}
