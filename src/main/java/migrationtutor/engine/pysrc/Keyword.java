package migrationtutor.engine.pysrc;

/**
 * A keyword argument {@code name=value} of a call or class, or {@code **value} when arg is null.
 */
public record Keyword(Span span, String arg, Expr value) implements Node {
  /** Checks the required parts. */
  public Keyword {
    Checks.req(span, value);
  }
}
