package migrationtutor.engine.pysrc;

/**
 * One parameter of a {@code def} or {@code lambda}: its name, its annotation (or null) and its
 * default value (or null). CPython keeps defaults apart; here each parameter carries its own.
 */
public record Param(Span span, String name, Expr annotation, Expr defaultValue) implements Node {
  /** Checks the required parts. */
  public Param {
    Checks.req(span);
    Checks.name(name);
  }
}
