package migrationtutor.sandbox.sqlite3;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The open database connection, through sqlite-jdbc, configured like the real shell's
 * sqlite3_open_v2(): no busy timeout, foreign keys off, and extension loading disabled (the real
 * shell enables it; the sandbox must not). sqlite_version() and sqlite_source_id() answer as 3.40.1
 * because the tutor stands in for that shell.
 */
final class Database implements AutoCloseable {
  static final String VERSION = "3.40.1";
  static final String SOURCE_ID =
      "2022-12-28 14:03:47 df5c253c0b3dd24916e4ec7cf77d3db5294cc9fd45ae7b9c5e82ad8197f3alt1";

  /** The limits of Debian's 3.40.1 build, SQLITE_LIMIT_LENGTH through _WORKER_THREADS. */
  private static final int[] LIMITS = {
    1000000000, 1000000000, 2000, 1000, 500, 250000000, 127, 10, 50000, 250000, 1000, 0
  };

  private final Connection connection;

  private Database(Connection connection) {
    this.connection = connection;
  }

  /** Opens a file, or an in-memory database when {@code file} is null. */
  static Database open(Path file, boolean readOnly, boolean temporary) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(0);
    config.enableLoadExtension(false);
    config.enforceForeignKeys(false);
    config.setReadOnly(readOnly);
    String url;
    if (file == null) {
      url = temporary ? "jdbc:sqlite:" : "jdbc:sqlite::memory:";
    } else {
      url = "jdbc:sqlite:" + file.toAbsolutePath();
    }
    Connection c = config.createConnection(url);
    c.setAutoCommit(true);
    // sqlite-jdbc lowers the SQL length limit to a million bytes; 3.40's shell allows 1e9.
    for (int i = 0; i < LIMITS.length; i++) {
      ((SQLiteConnection) c).getDatabase().limit(i, LIMITS[i]);
    }
    Function.create(c, "sqlite_version", constant(VERSION), 0, Function.FLAG_DETERMINISTIC);
    Function.create(c, "sqlite_source_id", constant(SOURCE_ID), 0, Function.FLAG_DETERMINISTIC);
    return new Database(c);
  }

  private static Function constant(String value) {
    return new Function() {
      @Override
      protected void xFunc() throws SQLException {
        result(value);
      }
    };
  }

  PreparedStatement prepare(String sql) throws SQLException {
    return connection.prepareStatement(sql);
  }

  /** Runs statements whose outcome the shell ignores (sqlite3_exec with no error check). */
  void execQuietly(String sql) {
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(sql);
    } catch (SQLException e) {
      // shell.c ignores the result of these sqlite3_exec() calls too.
    }
  }

  /** The text of every row's columns, in order (a small internal query). */
  List<Cell[]> query(String sql, Object... params) throws SQLException {
    List<Cell[]> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      if (!ps.execute()) {
        return rows;
      }
      ResultRows r = JdbcRows.of(ps.getResultSet());
      while (r.next()) {
        rows.add(r.row());
      }
    }
    return rows;
  }

  long changes() throws SQLException {
    return ((SQLiteConnection) connection).getDatabase().changes();
  }

  long totalChanges() throws SQLException {
    return ((SQLiteConnection) connection).getDatabase().total_changes();
  }

  void busyTimeout(int ms) throws SQLException {
    ((SQLiteConnection) connection).getDatabase().busy_timeout(ms);
  }

  int limit(int id, int value) throws SQLException {
    return ((SQLiteConnection) connection).getDatabase().limit(id, value);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing is the last thing the shell does; a failure has nowhere to go.
    }
  }

  /** Reads a ResultSet the way the shell reads a statement. */
  static final class JdbcRows implements ResultRows {
    private final ResultSet rs;
    private byte[][] names;

    private JdbcRows(ResultSet rs) {
      this.rs = rs;
    }

    static ResultRows of(ResultSet rs) {
      return new JdbcRows(rs);
    }

    @Override
    public byte[][] names() {
      if (names == null) {
        try {
          int n = rs.getMetaData().getColumnCount();
          names = new byte[n][];
          for (int i = 0; i < n; i++) {
            names[i] = Bytes.cstr(rs.getMetaData().getColumnName(i + 1));
          }
        } catch (SQLException e) {
          names = new byte[0][];
        }
      }
      return names;
    }

    @Override
    public boolean next() throws SQLException {
      return rs.next();
    }

    @Override
    public Cell[] row() throws SQLException {
      int n = names().length;
      Cell[] cells = new Cell[n];
      for (int i = 0; i < n; i++) {
        Object o = rs.getObject(i + 1);
        if (o == null) {
          cells[i] = Cell.ofNull();
        } else if (o instanceof Integer || o instanceof Long) {
          cells[i] = Cell.ofInteger(((Number) o).longValue());
        } else if (o instanceof Double d) {
          cells[i] = Cell.ofReal(d);
        } else if (o instanceof byte[] b) {
          cells[i] = Cell.ofBlob(b);
        } else {
          cells[i] = Cell.ofText(rs.getBytes(i + 1));
        }
      }
      return cells;
    }
  }
}
