package migrationtutor.engine.schema;

/**
 * {@code sa.Interval}: on SQLite a {@code DATETIME} holding the epoch plus the interval.
 *
 * @param nativeInterval {@code native=}
 * @param secondPrecision {@code second_precision=}, or null
 * @param dayPrecision {@code day_precision=}, or null
 */
public record IntervalType(boolean nativeInterval, Integer secondPrecision, Integer dayPrecision)
    implements SqlType {

  /** A plain {@code sa.Interval()}. */
  public IntervalType() {
    this(true, null, null);
  }

  @Override
  public String className() {
    return "Interval";
  }

  @Override
  public String pythonRepr() {
    // Interval is a TypeDecorator: its repr inspects the DateTime impl's __init__, whose only
    // argument (timezone) is always False here, so the arguments never show.
    return "Interval()";
  }
}
