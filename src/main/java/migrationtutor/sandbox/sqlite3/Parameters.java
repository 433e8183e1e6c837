package migrationtutor.sandbox.sqlite3;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * shell.c bind_prepared_stmt(): binds a statement's parameters from the TEMP table
 * sqlite_parameters that {@code .parameter} maintains; with no such table they stay NULL.
 */
final class Parameters {
  static final String TABLE_CHECK =
      "SELECT 1 FROM temp.sqlite_master WHERE name='sqlite_parameters' AND type='table'";

  private Parameters() {}

  static void bind(Shell shell, PreparedStatement ps, byte[] z, List<SqlToken> solid)
      throws SQLException {
    List<String> names = names(z, solid);
    if (names.isEmpty()) {
      return;
    }
    Database db = shell.db();
    if (db.query(TABLE_CHECK).isEmpty()) {
      return;
    }
    int n = ps.getParameterMetaData().getParameterCount();
    for (int i = 1; i <= n; i++) {
      String name = i <= names.size() && names.get(i - 1) != null ? names.get(i - 1) : "?" + i;
      List<Cell[]> v = db.query("SELECT value FROM temp.sqlite_parameters WHERE key=?1", name);
      if (v.isEmpty()) {
        ps.setNull(i, java.sql.Types.NULL);
      } else {
        Cell c = v.get(0)[0];
        switch (c.type) {
          case Cell.INTEGER:
            ps.setLong(i, c.integer);
            break;
          case Cell.FLOAT:
            ps.setDouble(i, c.real);
            break;
          case Cell.TEXT:
            ps.setString(i, Bytes.str(c.bytes));
            break;
          case Cell.BLOB:
            ps.setBytes(i, c.bytes);
            break;
          default:
            ps.setNull(i, java.sql.Types.NULL);
        }
      }
    }
  }

  /**
   * sqlite3_bind_parameter_name() for each index, numbered as SQLite numbers them: "?" takes the
   * next number, "?N" takes N, and a named parameter reuses the number of its first use.
   */
  static List<String> names(byte[] z, List<SqlToken> solid) {
    List<String> names = new ArrayList<>();
    for (SqlToken t : solid) {
      if (t.kind() != SqlToken.Kind.VARIABLE) {
        continue;
      }
      String s = t.text(z);
      if (s.equals("?")) {
        names.add(null);
      } else if (s.startsWith("?")) {
        int x;
        try {
          x = Integer.parseInt(s.substring(1));
        } catch (NumberFormatException e) {
          continue;
        }
        while (names.size() < x) {
          names.add(null);
        }
        if (x >= 1 && names.get(x - 1) == null) {
          names.set(x - 1, s);
        }
      } else if (!names.contains(s)) {
        names.add(s);
      }
    }
    return names;
  }
}
