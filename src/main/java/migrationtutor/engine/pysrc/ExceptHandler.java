package migrationtutor.engine.pysrc;

import java.util.List;

/** An {@code except Type as name:} clause; type and name are null when absent. */
public record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) implements Node {
  /** Copies the body so the record is immutable. */
  public ExceptHandler {
    Checks.req(span);
    body = Checks.list(body);
  }
}
