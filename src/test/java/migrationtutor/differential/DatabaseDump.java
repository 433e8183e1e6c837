package migrationtutor.differential;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A text dump of a SQLite file: sqlite_master as stored, then every table's rows. */
final class DatabaseDump {
  private DatabaseDump() {}

  private static final java.util.regex.Pattern CONSTRAINT_LINE =
      java.util.regex.Pattern.compile("\t(PRIMARY KEY|UNIQUE|FOREIGN KEY|CONSTRAINT|CHECK)\\b.*");

  /**
   * The dump with the table-level constraint lines of each CREATE TABLE sorted (their trailing
   * {@code ", "} removed): for tables a batch rebuild wrote, whose constraint order real Alembic
   * takes from iterating the reflected Table's constraint set (it varies from run to run).
   */
  static String withSortedConstraints(String dump) {
    String[] lines = dump.split("\n", -1);
    List<String> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (CONSTRAINT_LINE.matcher(line).matches()) {
        block.add(line.replaceAll(",? ?$", ""));
        continue;
      }
      if (!block.isEmpty()) {
        java.util.Collections.sort(block);
        out.add("<constraints in any order>");
        out.addAll(block);
        block.clear();
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  static String of(Path db) {
    if (!Files.exists(db)) {
      return "<no database file>";
    }
    try {
      if (Files.size(db) == 0) {
        return "<empty file>"; // what sqlite3.connect leaves when nothing was written
      }
    } catch (java.io.IOException e) {
      return "<unreadable database: " + e.getMessage() + ">";
    }
    StringBuilder sb = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")) {
        while (rs.next()) {
          sb.append(rs.getString(1))
              .append(' ')
              .append(rs.getString(2))
              .append(" on ")
              .append(rs.getString(3))
              .append(":\n")
              .append(rs.getString(4))
              .append('\n');
          if (rs.getString(1).equals("table")) {
            tables.add(rs.getString(2));
          }
        }
      }
      for (String t : tables) {
        sb.append("rows of ").append(t).append(":\n");
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY rowid")) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              sb.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            sb.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      return "<unreadable database: " + e.getMessage() + ">";
    }
    return sb.toString();
  }
}
