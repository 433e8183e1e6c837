package migrationtutor.engine.pysrc;

import java.util.List;

/** One {@code [async] for target in iter if cond...} clause of a comprehension. */
public record Comprehension(Span span, Expr target, Expr iter, List<Expr> ifs, boolean isAsync)
    implements Node {
  /** Copies the conditions so the record is immutable. */
  public Comprehension {
    Checks.req(span, target, iter);
    ifs = Checks.list(ifs);
  }
}
