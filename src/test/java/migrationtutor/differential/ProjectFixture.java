package migrationtutor.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/** Creates a copy of a starter project from the repository's sandbox/ folder. */
final class ProjectFixture {
  private static final Path SANDBOX = Path.of("sandbox");

  private ProjectFixture() {}

  /** Copies {@code sandbox/<starter>} into {@code dir} and builds database.db from database.sql. */
  static void create(String starter, Path dir) {
    Path source = SANDBOX.resolve(starter);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = dir.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("database.sql")) {
          Files.copy(p, target);
        }
      }
      Path sql = source.resolve("database.sql");
      if (Files.exists(sql)) {
        executeScript(dir.resolve("database.db"), Files.readString(sql));
      }
    } catch (IOException e) {
      throw new AssertionError("cannot copy starter " + starter + ": " + e.getMessage(), e);
    }
  }

  static void executeScript(Path db, String script) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      for (String statement : splitStatements(script)) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new AssertionError("cannot run SQL on " + db + ": " + e.getMessage(), e);
    }
  }

  /** Splits a script on semicolons that end a line (the starters' SQL has no such ; in data). */
  private static java.util.List<String> splitStatements(String script) {
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      if (line.startsWith("--") && current.length() == 0) {
        continue;
      }
      current.append(line).append('\n');
      if (line.endsWith(";")) {
        String stmt = current.toString().strip();
        out.add(stmt.substring(0, stmt.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
