package migrationtutor.engine.pysrc;

/** One entry {@code key: value} of a dict display, or {@code **value} when key is null. */
public record DictEntry(Span span, Expr key, Expr value) implements Node {
  /** Checks the required parts. */
  public DictEntry {
    Checks.req(span, value);
  }
}
