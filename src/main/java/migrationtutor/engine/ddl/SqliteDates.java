package migrationtutor.engine.ddl;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import migrationtutor.engine.schema.PythonException;

/**
 * The string storage formats of SQLAlchemy's SQLite {@code DATETIME}, {@code DATE} and {@code TIME}
 * bind processors ({@code sqlalchemy/dialects/sqlite/base.py}), which the literal processors quote:
 * {@code 2024-01-01 09:00:00.000000}, {@code 2024-01-01}, {@code 09:00:00.000000}. A time zone is
 * dropped.
 */
final class SqliteDates {
  private SqliteDates() {}

  static String datetime(Object value) {
    if (value instanceof LocalDateTime dt) {
      return date(dt.toLocalDate()) + " " + time(dt.toLocalTime());
    } else if (value instanceof OffsetDateTime dt) {
      return date(dt.toLocalDate()) + " " + time(dt.toLocalTime());
    } else if (value instanceof LocalDate d) {
      return date(d) + " 00:00:00.000000";
    }
    throw new PythonException(
        "TypeError",
        "SQLite DateTime type only accepts Python datetime and date objects as input.");
  }

  static String date(Object value) {
    if (value instanceof LocalDate d) {
      return date(d);
    } else if (value instanceof LocalDateTime dt) {
      return date(dt.toLocalDate());
    } else if (value instanceof OffsetDateTime dt) {
      return date(dt.toLocalDate());
    }
    throw new PythonException(
        "TypeError", "SQLite Date type only accepts Python date objects as input.");
  }

  static String time(Object value) {
    if (value instanceof LocalTime t) {
      return time(t);
    }
    throw new PythonException(
        "TypeError", "SQLite Time type only accepts Python time objects as input.");
  }

  private static String date(LocalDate d) {
    return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  private static String time(LocalTime t) {
    return String.format(
        "%02d:%02d:%02d.%06d", t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000);
  }
}
