package migrationtutor.engine.stdlib;

import migrationtutor.engine.pyeval.PyValue;

/** Makes standard-library values from Java values for engine code (e.g. a Create Date). */
public final class StdlibValues {
  private StdlibValues() {}

  /** A datetime/date/time/timedelta value. */
  public static PyValue temporal(Object javaValue) {
    return new TemporalValue(javaValue);
  }
}
