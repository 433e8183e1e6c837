package migrationtutor.sandbox.workspace;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import migrationtutor.sandbox.sqlite3.Sqlite3Invocation;
import migrationtutor.sandbox.sqlite3.Sqlite3Shell;

/**
 * Builds a starter's {@code database.db} from its {@code database.sql}, exactly as {@code sqlite3
 * database.db < database.sql} would: the sandbox's own sqlite3 reads the script, so the stored
 * {@code CREATE TABLE} text is the script's, byte for byte, as learners later read it back with
 * {@code .schema}.
 */
final class StarterDatabase {
  static final String FILE_NAME = "database.db";

  private StarterDatabase() {}

  /** Runs {@code script} into {@code dir/database.db}; a failure names the script's error. */
  static void build(Path dir, String script) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
    int status =
        Sqlite3Shell.run(
            Sqlite3Invocation.builder(List.of("-bail", FILE_NAME))
                .workingDirectory(dir)
                .resolver(
                    name ->
                        name.equals(FILE_NAME) ? Optional.of(dir.resolve(name)) : Optional.empty())
                .stdin(List.of(script.split("\n", -1)))
                .interactive(false)
                .stdout(out)
                .stderr(out)
                .build());
    if (status != 0) {
      throw new WorkspaceException(
          "The starter's database.sql could not be loaded: "
              + captured.toString(StandardCharsets.UTF_8).strip());
    }
  }
}
