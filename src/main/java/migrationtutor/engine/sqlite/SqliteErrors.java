package migrationtutor.engine.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.PythonError;
import org.sqlite.SQLiteException;

/**
 * Turns an SQLite failure into the exception SQLAlchemy 1.4 raises over Python's sqlite3 module:
 * {@code sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) duplicate column name: x}
 * followed by {@code [SQL: ...]} and the background link line.
 */
final class SqliteErrors {
  private static final Pattern JDBC_MESSAGE =
      Pattern.compile("^\\[\\w+\\] .*? \\((.*)\\)$", Pattern.DOTALL);

  private SqliteErrors() {}

  /** The message SQLite itself gave, without sqlite-jdbc's decoration. */
  static String sqliteMessage(java.sql.SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    Matcher matcher = JDBC_MESSAGE.matcher(m);
    return matcher.matches() ? matcher.group(1) : m;
  }

  /** The pysqlite exception class for an SQLite result code (sqlite3's _pysqlite_seterror). */
  static String dbapiClass(java.sql.SQLException e) {
    int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode();
    return switch (code) {
      case 19, 20 -> "IntegrityError"; // SQLITE_CONSTRAINT, SQLITE_MISMATCH
      case 18 -> "DataError"; // SQLITE_TOOBIG
      case 2, 12 -> "InternalError"; // SQLITE_INTERNAL, SQLITE_NOTFOUND
      case 21 -> "ProgrammingError"; // SQLITE_MISUSE
      default -> "OperationalError";
    };
  }

  /** SQLAlchemy's error-code for the background link of each DBAPI error class. */
  private static String backgroundCode(String dbapiClass) {
    return switch (dbapiClass) {
      case "IntegrityError" -> "gkpj";
      case "DataError" -> "9h9h";
      case "InternalError" -> "2j85";
      case "ProgrammingError" -> "f405";
      default -> "e3q8";
    };
  }

  /** The error for a statement that failed, as SQLAlchemy's StatementError prints it. */
  static PythonError statementFailed(java.sql.SQLException e, String sql, List<Object> params) {
    return statementError(dbapiClass(e), sqliteMessage(e), sql, params, e);
  }

  /** sqlite3's own refusal of a string holding two statements, raised before SQLite runs any. */
  static PythonError oneStatementAtATime(String sql, List<Object> params) {
    return statementError(
        "ProgrammingError", "You can only execute one statement at a time.", sql, params, null);
  }

  /** sqlite3's refusal of a parameter it has no adapter for ({@link PysqliteAdapter}). */
  static PythonError bindingRefused(String message, String sql, List<Object> params) {
    return statementError("ProgrammingError", message, sql, params, null);
  }

  private static PythonError statementError(
      String cls, String message, String sql, List<Object> params, Throwable cause) {
    List<String> details = new ArrayList<>();
    details.add("[SQL: " + sql + "]");
    if (params != null && !params.isEmpty()) {
      details.add("[parameters: " + pythonTuple(params) + "]");
    }
    details.add(
        "(Background on this error at: https://sqlalche.me/e/14/" + backgroundCode(cls) + ")");
    return new PythonError(
        "sqlalchemy.exc." + cls, "(sqlite3." + cls + ") " + message, null, details, cause);
  }

  /** The error for a connection that could not be opened (e.g. its directory is missing). */
  static PythonError connectFailed(java.sql.SQLException e) {
    String cls = dbapiClass(e);
    return new PythonError(
        "sqlalchemy.exc." + cls,
        "(sqlite3." + cls + ") " + sqliteMessage(e),
        null,
        List.of(
            "(Background on this error at: https://sqlalche.me/e/14/" + backgroundCode(cls) + ")"),
        e);
  }

  private static String pythonTuple(List<Object> params) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      sb.append(i > 0 ? ", " : "");
      if (p instanceof List<?> set) {
        @SuppressWarnings("unchecked")
        List<Object> inner = (List<Object>) set;
        sb.append(pythonTuple(inner));
      } else {
        sb.append(migrationtutor.engine.schema.PythonRepr.repr(p));
      }
    }
    return sb.append(params.size() == 1 ? ",)" : ")").toString();
  }
}
