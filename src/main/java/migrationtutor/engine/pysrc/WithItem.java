package migrationtutor.engine.pysrc;

/**
 * One item {@code expr as target} of a {@code with} statement; target is null without {@code as}.
 */
public record WithItem(Span span, Expr contextExpr, Expr optionalVars) implements Node {
  /** Checks the required parts. */
  public WithItem {
    Checks.req(span, contextExpr);
  }
}
