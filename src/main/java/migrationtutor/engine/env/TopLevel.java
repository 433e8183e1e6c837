package migrationtutor.engine.env;

import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.Stmt;

/**
 * Whether a revision file's top level is inert: only imports, a docstring, function definitions and
 * assignments of literal values. Loading such a file has no effect beyond defining names, so what
 * it defines may be remembered instead of evaluated again.
 */
final class TopLevel {
  private TopLevel() {}

  static boolean isInert(Module module) {
    for (Stmt s : module.body()) {
      boolean inert =
          s instanceof Stmt.Import
              || s instanceof Stmt.ImportFrom
              || s instanceof Stmt.Pass
              || (s instanceof Stmt.FunctionDef f && f.decorators().isEmpty())
              || (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant)
              || (s instanceof Stmt.Assign a && isLiteral(a.value()))
              || (s instanceof Stmt.AnnAssign a && a.value() != null && isLiteral(a.value()));
      if (!inert) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLiteral(Expr e) {
    if (e instanceof Expr.Constant) {
      return true;
    }
    if (e instanceof Expr.Tuple t) {
      return t.elts().stream().allMatch(TopLevel::isLiteral);
    }
    if (e instanceof Expr.List l) {
      return l.elts().stream().allMatch(TopLevel::isLiteral);
    }
    return false;
  }
}
