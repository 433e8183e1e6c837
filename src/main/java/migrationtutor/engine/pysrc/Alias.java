package migrationtutor.engine.pysrc;

/**
 * One imported name {@code a.b.c} with its {@code as} name (or null); {@code *} for star imports.
 */
public record Alias(Span span, String name, String asName) implements Node {
  /** Checks the required parts. */
  public Alias {
    Checks.req(span);
    Checks.name(name);
  }
}
