package migrationtutor.engine.sqlite;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import migrationtutor.engine.PythonError;

/**
 * How Python 3.11's sqlite3 binds a parameter that reaches it unprocessed (a value for an untyped
 * {@code sa.column('x')}, or an execution parameter of {@code sa.text()}): int, float, str, bytes
 * and None as they are, bool as 0/1, and through the default adapters {@code datetime.date} as
 * {@code isoformat()} and {@code datetime.datetime} as {@code isoformat(" ")}. Anything else
 * ({@code Decimal}, {@code datetime.time}, {@code timedelta}) is refused with a ProgrammingError.
 */
final class PysqliteAdapter {
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter MICROSECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private PysqliteAdapter() {}

  /** A value sqlite3 refuses to bind; the message is sqlite3's. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * The value as sqlite3 hands it to SQLite.
   *
   * @param position the 1-based parameter position, for the error
   * @throws Refused for a type sqlite3 cannot bind
   * @throws PythonError {@code OverflowError} for an int beyond 64 bits
   */
  static Object adapt(Object value, int position) {
    if (value == null
        || value instanceof Long
        || value instanceof Integer
        || value instanceof Double
        || value instanceof Float
        || value instanceof String
        || value instanceof byte[]) {
      return value;
    } else if (value instanceof Boolean b) {
      return b ? 1L : 0L;
    } else if (value instanceof BigInteger big) {
      if (big.compareTo(MIN) < 0 || big.compareTo(MAX) > 0) {
        throw new PythonError("OverflowError", "Python int too large to convert to SQLite INTEGER");
      }
      return big.longValue();
    } else if (value instanceof LocalDate d) {
      return d.toString();
    } else if (value instanceof LocalDateTime dt) {
      return (dt.getNano() / 1000 == 0 ? SECONDS : MICROSECONDS).format(dt);
    } else if (value instanceof OffsetDateTime dt) {
      LocalDateTime local = dt.toLocalDateTime();
      String offset = dt.getOffset().getId();
      return (local.getNano() / 1000 == 0 ? SECONDS : MICROSECONDS).format(local)
          + (offset.equals("Z") ? "+00:00" : offset);
    }
    throw new Refused(
        "Error binding parameter "
            + position
            + ": type '"
            + qualifiedType(value)
            + "' is not supported");
  }

  private static String qualifiedType(Object value) {
    if (value instanceof java.math.BigDecimal) {
      return "decimal.Decimal";
    } else if (value instanceof java.time.LocalTime) {
      return "datetime.time";
    } else if (value instanceof java.time.Duration) {
      return "datetime.timedelta";
    } else if (value instanceof java.util.List) {
      return "list";
    } else if (value instanceof java.util.Map) {
      return "dict";
    }
    return value.getClass().getSimpleName();
  }
}
