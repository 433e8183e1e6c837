package migrationtutor.engine.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import migrationtutor.engine.PythonError;
import org.sqlite.SQLiteConfig;

/**
 * A connection to the learner's SQLite file that behaves like Python's sqlite3 module under
 * SQLAlchemy 1.4, because Alembic's SQLite behaviour comes from there.
 *
 * <p>Python 3.11's sqlite3 (legacy transaction control) opens a transaction implicitly only before
 * INSERT, UPDATE, DELETE or REPLACE; DDL runs in autocommit mode unless a transaction is already
 * open. So in a migration step a plain {@code ALTER TABLE} is committed at once, while the
 * statements after the first data change are rolled back together if the step fails. This is why a
 * batch rebuild that fails leaves {@code _alembic_tmp_todos} behind (its CREATE TABLE came first
 * and was committed) and why a failed step never moves alembic_version.
 */
public final class SqliteSession implements AutoCloseable {
  // pysqlite's statement classification: the first keyword after whitespace and comments.
  private static final Pattern LEADING_NOISE =
      Pattern.compile("^(\\s+|--[^\\n]*\\n?|/\\*.*?\\*/)*", Pattern.DOTALL);

  private final Connection connection;
  private boolean inTransaction;

  private SqliteSession(Connection connection) {
    this.connection = connection;
  }

  /**
   * Opens (and, like sqlite3, creates if missing) the database file.
   *
   * @throws PythonError {@code (sqlite3.OperationalError) unable to open database file} when the
   *     file cannot be opened
   */
  public static SqliteSession open(Path file) {
    Path parent = file.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new PythonError(
          "sqlalchemy.exc.OperationalError",
          "(sqlite3.OperationalError) unable to open database file",
          null,
          List.of("(Background on this error at: https://sqlalche.me/e/14/e3q8)"),
          null);
    }
    NativeLibrary.prepare();
    try {
      SQLiteConfig config = new SQLiteConfig();
      // sqlite3's defaults: foreign keys are not enforced unless the app turns them on.
      config.enforceForeignKeys(false);
      Connection c = config.createConnection("jdbc:sqlite:" + file);
      c.setAutoCommit(true);
      return new SqliteSession(c);
    } catch (SQLException e) {
      throw SqliteErrors.connectFailed(e);
    }
  }

  /** Whether an implicit transaction is open. */
  public boolean inTransaction() {
    return inTransaction;
  }

  /**
   * Executes one statement with positional ({@code ?}) parameters, pysqlite-style: the statement is
   * prepared first and the implicit {@code BEGIN} comes only after that, as in CPython's {@code
   * _pysqlite_query_execute}; so a DML statement that fails to compile ({@code no such column})
   * opens no transaction, and what runs next (batch mode's {@code DROP TABLE _alembic_tmp_<t>}) is
   * committed at once.
   */
  public void execute(String sql, List<Object> params) {
    executeMany(sql, List.of(params == null ? List.of() : params), params);
  }

  /** Executes one statement for each parameter set ({@code cursor.executemany}). */
  public void executeMany(String sql, List<List<Object>> parameterSets) {
    executeMany(
        sql,
        parameterSets,
        parameterSets.size() == 1 ? parameterSets.get(0) : new ArrayList<Object>(parameterSets));
  }

  private void executeMany(
      String sql, List<List<Object>> parameterSets, List<Object> shownParameters) {
    if (StatementTail.hasSecondStatement(sql)) {
      throw SqliteErrors.oneStatementAtATime(sql, shownParameters);
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (!inTransaction && isDml(sql)) {
        try (Statement s = connection.createStatement()) {
          s.execute("BEGIN");
        }
        inTransaction = true;
      }
      for (List<Object> params : parameterSets) {
        for (int i = 0; i < params.size(); i++) {
          ps.setObject(i + 1, PysqliteAdapter.adapt(params.get(i), i + 1));
        }
        ps.execute();
      }
    } catch (SQLException e) {
      throw SqliteErrors.statementFailed(e, sql, shownParameters);
    } catch (PysqliteAdapter.Refused e) {
      throw SqliteErrors.bindingRefused(e.getMessage(), sql, shownParameters);
    }
  }

  /** Runs a query and returns its rows as lists of column values. */
  public List<List<Object>> query(String sql, List<Object> params) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; params != null && i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>(n);
          for (int i = 1; i <= n; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    } catch (SQLException e) {
      throw SqliteErrors.statementFailed(e, sql, params);
    }
  }

  /** Commits the implicit transaction, if one is open. */
  public void commit() {
    endTransaction("COMMIT");
  }

  /** Rolls back the implicit transaction, if one is open. */
  public void rollback() {
    endTransaction("ROLLBACK");
  }

  private void endTransaction(String verb) {
    if (!inTransaction) {
      return;
    }
    inTransaction = false;
    try (Statement s = connection.createStatement()) {
      s.execute(verb);
    } catch (SQLException e) {
      throw SqliteErrors.statementFailed(e, verb, List.of());
    }
  }

  /** Whether a table exists (SQLAlchemy's has_table on the main schema). */
  public boolean hasTable(String name) {
    return !query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", List.of(name))
        .isEmpty();
  }

  static boolean isDml(String sql) {
    String rest = LEADING_NOISE.matcher(sql).replaceFirst("");
    int end = 0;
    while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
      end++;
    }
    String word = rest.substring(0, end).toUpperCase(Locale.ROOT);
    return word.equals("INSERT")
        || word.equals("UPDATE")
        || word.equals("DELETE")
        || word.equals("REPLACE");
  }

  @Override
  public void close() {
    try {
      if (inTransaction) {
        rollback();
      }
      connection.close();
    } catch (SQLException | PythonError e) {
      // Closing after a failure: the original error is what the user needs to see.
    }
  }
}
