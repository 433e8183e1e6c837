package migrationtutor.engine.reflect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Builds a database file from one of the batch goldens' .sql scripts, as sqlite3 would. */
public final class TestDatabase {
  private TestDatabase() {}

  public static void build(Path db, String script) {
    String resource = "/migrationtutor/engine/batch/" + script;
    try (InputStream in = TestDatabase.class.getResourceAsStream(resource);
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String stmt : text.split(";\\s*\\n")) {
        if (!stmt.isBlank()) {
          s.execute(stmt);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
