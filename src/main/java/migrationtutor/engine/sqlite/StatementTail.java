package migrationtutor.engine.sqlite;

import java.util.Locale;

/**
 * What Python's sqlite3 checks after {@code sqlite3_prepare_v2}: SQLite compiles only the first
 * statement of a string and returns the rest (the "tail"); if that tail holds anything but
 * whitespace and comments, {@code cursor.execute} raises {@code ProgrammingError: You can only
 * execute one statement at a time.} (CPython 3.11, {@code pysqlite_check_remaining_sql}). The JDBC
 * driver silently ignores the tail, so the engine finds the first statement's end itself, the way
 * SQLite's tokenizer does: at the first {@code ;} outside quotes, brackets and comments, or for
 * {@code CREATE TRIGGER} at the {@code ;} after its {@code END}.
 */
final class StatementTail {
  private StatementTail() {}

  /** Whether {@code sql} holds more than one statement, as sqlite3 would refuse it. */
  static boolean hasSecondStatement(String sql) {
    int end = firstStatementEnd(sql);
    return end < sql.length() && remainingIsSql(sql.substring(end));
  }

  // The index just after the first statement's ';', or the length when there is none.
  private static int firstStatementEnd(String sql) {
    boolean trigger = false;
    boolean afterEnd = false;
    int words = 0;
    String first = null;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        i = closing(sql, i, c);
        afterEnd = false;
      } else if (c == '[') {
        int close = sql.indexOf(']', i);
        i = close < 0 ? n : close + 1;
        afterEnd = false;
      } else if (c == ';') {
        if (!trigger || afterEnd) {
          return i + 1;
        }
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
          i++;
        }
        String word = sql.substring(start, i).toUpperCase(Locale.ROOT);
        words++;
        if (words == 1) {
          first = word;
        } else if (words <= 3 && "CREATE".equals(first) && word.equals("TRIGGER")) {
          trigger = true;
        }
        afterEnd = word.equals("END");
      } else {
        if (!Character.isWhitespace(c)) {
          afterEnd = false;
        }
        i++;
      }
    }
    return n;
  }

  // A quoted string or identifier; a doubled quote character stays inside it.
  private static int closing(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  // pysqlite_check_remaining_sql: only spaces, tabs, newlines and comments may follow.
  private static boolean remainingIsSql(String tail) {
    int i = 0;
    int n = tail.length();
    while (i < n) {
      char c = tail.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (c == '-' && i + 1 < n && tail.charAt(i + 1) == '-') {
        int nl = tail.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
      } else if (c == '/' && i + 1 < n && tail.charAt(i + 1) == '*') {
        int close = tail.indexOf("*/", i + 2);
        if (close < 0) {
          return false;
        }
        i = close + 2;
      } else {
        return true;
      }
    }
    return false;
  }
}
