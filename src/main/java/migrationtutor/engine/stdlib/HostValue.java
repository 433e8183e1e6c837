package migrationtutor.engine.stdlib;

import migrationtutor.engine.pyeval.PyNative;

/**
 * A standard-library value (a date, a Decimal) that the engine passes on as a Java value, for
 * example into a {@code bulk_insert} row.
 */
public interface HostValue extends PyNative {
  /** The Java value: LocalDate, LocalDateTime, OffsetDateTime, LocalTime, Duration, BigDecimal. */
  Object toJava();
}
