package migrationtutor.engine.stdlib;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import migrationtutor.engine.pyeval.PyInt;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/**
 * A {@code datetime.date}, {@code datetime.datetime}, {@code datetime.time} or {@code
 * datetime.timedelta} value, printed as Python prints it.
 */
record TemporalValue(Object value) implements HostValue {
  TemporalValue {
    if (!(value instanceof Temporal) && !(value instanceof Duration)) {
      throw new IllegalArgumentException("not a temporal value: " + value);
    }
  }

  @Override
  public Object toJava() {
    return value;
  }

  @Override
  public String typeName() {
    if (value instanceof LocalDate) {
      return "date";
    }
    if (value instanceof LocalTime) {
      return "time";
    }
    return value instanceof Duration ? "timedelta" : "datetime";
  }

  @Override
  public String str() {
    if (value instanceof LocalDateTime dt) {
      return dt.toLocalDate() + " " + time(dt.toLocalTime());
    }
    if (value instanceof OffsetDateTime dt) {
      return dt.toLocalDate() + " " + time(dt.toLocalTime()) + offset(dt);
    }
    if (value instanceof LocalTime t) {
      return time(t);
    }
    if (value instanceof Duration) {
      return migrationtutor.engine.schema.PythonRepr.str(value);
    }
    return value.toString();
  }

  private static String time(LocalTime t) {
    String s = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    return t.getNano() == 0 ? s : s + String.format(".%06d", t.getNano() / 1000);
  }

  private static String offset(OffsetDateTime dt) {
    String id = dt.getOffset().getId();
    return id.equals("Z") ? "+00:00" : id;
  }

  @Override
  public String repr() {
    if (value instanceof LocalDate d) {
      return "datetime.date("
          + d.getYear()
          + ", "
          + d.getMonthValue()
          + ", "
          + d.getDayOfMonth()
          + ")";
    }
    if (value instanceof LocalDateTime dt) {
      StringBuilder sb =
          new StringBuilder("datetime.datetime(")
              .append(dt.getYear())
              .append(", ")
              .append(dt.getMonthValue())
              .append(", ")
              .append(dt.getDayOfMonth())
              .append(", ")
              .append(dt.getHour())
              .append(", ")
              .append(dt.getMinute());
      if (dt.getSecond() != 0 || dt.getNano() != 0) {
        sb.append(", ").append(dt.getSecond());
      }
      if (dt.getNano() != 0) {
        sb.append(", ").append(dt.getNano() / 1000);
      }
      return sb.append(')').toString();
    }
    return typeName() + "('" + str() + "')";
  }

  @Override
  public PyValue attribute(String name) {
    if (value instanceof LocalDate d) {
      return switch (name) {
        case "year" -> PyInt.of(d.getYear());
        case "month" -> PyInt.of(d.getMonthValue());
        case "day" -> PyInt.of(d.getDayOfMonth());
        case "isoformat" -> StdlibFunctions.constant("isoformat", new PyStr(d.toString()));
        default -> null;
      };
    }
    if (value instanceof LocalDateTime dt) {
      return switch (name) {
        case "year" -> PyInt.of(dt.getYear());
        case "month" -> PyInt.of(dt.getMonthValue());
        case "day" -> PyInt.of(dt.getDayOfMonth());
        case "hour" -> PyInt.of(dt.getHour());
        case "minute" -> PyInt.of(dt.getMinute());
        case "second" -> PyInt.of(dt.getSecond());
        case "isoformat" ->
            StdlibFunctions.constant("isoformat", new PyStr(str().replace(' ', 'T')));
        default -> null;
      };
    }
    return null;
  }

  /** A {@code decimal.Decimal}. */
  record DecimalValue(BigDecimal value) implements HostValue {
    @Override
    public Object toJava() {
      return value;
    }

    @Override
    public String typeName() {
      return "Decimal";
    }

    @Override
    public String str() {
      return value.toPlainString();
    }

    @Override
    public String repr() {
      return "Decimal('" + value.toPlainString() + "')";
    }
  }
}
