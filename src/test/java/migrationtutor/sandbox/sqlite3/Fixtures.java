package migrationtutor.sandbox.sqlite3;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The databases the tests run against, built with sqlite-jdbc into a directory. */
final class Fixtures {
  /** The course database: the starter project's database.sql. */
  static final String COURSE = "course";

  /** After an Alembic batch rebuild: the stored schema text is {@code CREATE TABLE "todos" (}. */
  static final String BATCH = "batch";

  /** alembic_version, indexes (one partial), a view, a trigger, NULLs, floats and blobs. */
  static final String FULL = "full";

  /** A text file that is not a database. */
  static final String NOT_A_DATABASE = "notdb";

  /** No file: the shell creates (or not) database.db itself. */
  static final String NONE = "none";

  private Fixtures() {}

  /** Creates database.db (or, for NOT_A_DATABASE, a text file of that name) in dir. */
  static void build(String fixture, Path dir) throws IOException {
    Path db = dir.resolve("database.db");
    switch (fixture) {
      case COURSE -> load(db, Files.readString(Path.of("sandbox/personal_todo/database.sql")));
      case BATCH -> load(db, resource("batch.sql"));
      case FULL -> load(db, resource("full.sql"));
      case NOT_A_DATABASE -> Files.writeString(db, "hello, this is not a database\n");
      case NONE -> {
        // nothing
      }
      default -> throw new IllegalArgumentException(fixture);
    }
    Files.writeString(
        dir.resolve("script.sql"), ".mode box\nselect 1 as one;\nselec 2;\n" + "select 'after';\n");
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void load(Path db, String script) throws IOException {
    byte[] z = script.getBytes(StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      int pos = 0;
      while (pos < z.length) {
        int end = SqlScan.statementEnd(z, pos, z.length);
        if (!SqlTokenizer.solid(z, pos, end).isEmpty()) {
          s.executeUpdate(new String(z, pos, end - pos, StandardCharsets.UTF_8));
        }
        pos = end;
      }
    } catch (SQLException e) {
      throw new IOException("cannot build " + db + ": " + e.getMessage(), e);
    }
  }
}
