package migrationtutor.engine.pysrc;

import java.util.List;

/** Finds docstrings the way CPython's {@code ast.get_docstring} does (without cleaning). */
final class Docstrings {
  private Docstrings() {}

  /** The value of a leading string-literal statement of a body, or null. */
  static String of(List<Stmt> body) {
    if (!body.isEmpty()
        && body.get(0) instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant c
        && c.kind() == Expr.Constant.Kind.STR) {
      return c.stringValue();
    }
    return null;
  }
}
