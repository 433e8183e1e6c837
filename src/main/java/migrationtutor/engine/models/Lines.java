package migrationtutor.engine.models;

import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Stmt;

/** Where in a class statement an attribute is assigned, for reporting what was not understood. */
final class Lines {
  private Lines() {}

  /** The line of the last statement of the class body that assigns the name, else the class's. */
  static int of(PyClass cls, String name) {
    Stmt.ClassDef def = cls.definition();
    int line = def.span().line();
    for (Stmt s : def.body()) {
      if (s instanceof Stmt.Assign a
          && a.targets().stream().anyMatch(t -> t instanceof Expr.Name n && n.id().equals(name))) {
        line = s.span().line();
      } else if (s instanceof Stmt.AnnAssign a
          && a.target() instanceof Expr.Name n
          && n.id().equals(name)) {
        line = s.span().line();
      } else if (s instanceof Stmt.FunctionDef f && f.name().equals(name)) {
        line = s.span().line();
      }
    }
    return line;
  }
}
