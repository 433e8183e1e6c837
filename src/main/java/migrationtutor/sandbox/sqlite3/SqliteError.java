package migrationtutor.sandbox.sqlite3;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/**
 * An SQLite error as the C API reports it: the primary result code (the shell never turns on
 * extended codes) and the sqlite3_errmsg() text, recovered from sqlite-jdbc's exception, whose
 * message wraps it as {@code "[SQLITE_ERROR] SQL error or missing database (msg)"}.
 */
record SqliteError(int code, String message) {
  static SqliteError of(SQLException e) {
    if (e instanceof SQLiteException se) {
      String prefix = se.getResultCode().toString() + " (";
      String m = se.getMessage();
      if (m != null && m.startsWith(prefix) && m.endsWith(")")) {
        m = m.substring(prefix.length(), m.length() - 1);
      }
      return new SqliteError(se.getResultCode().code & 0xff, m == null ? "" : m);
    }
    String m = e.getMessage();
    return new SqliteError(1, m == null ? "" : m);
  }
}
