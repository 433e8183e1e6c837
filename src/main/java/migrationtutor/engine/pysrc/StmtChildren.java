package migrationtutor.engine.pysrc;

import java.util.List;

/** The children of each kind of statement, for {@link Nodes#children}. */
final class StmtChildren {
  private StmtChildren() {}

  static void add(Stmt s, List<Node> out) {
    if (s instanceof Stmt.Import i) {
      out.addAll(i.names());
    } else if (s instanceof Stmt.ImportFrom i) {
      out.addAll(i.names());
    } else if (s instanceof Stmt.Assign a) {
      out.addAll(a.targets());
      out.add(a.value());
    } else if (s instanceof Stmt.AugAssign a) {
      Nodes.add(out, a.target(), a.value());
    } else if (s instanceof Stmt.AnnAssign a) {
      Nodes.add(out, a.target(), a.annotation(), a.value());
    } else if (s instanceof Stmt.ExprStmt e) {
      out.add(e.value());
    } else if (s instanceof Stmt.Return r) {
      Nodes.add(out, r.value());
    } else if (s instanceof Stmt.Raise r) {
      Nodes.add(out, r.exc(), r.cause());
    } else if (s instanceof Stmt.Delete d) {
      out.addAll(d.targets());
    } else if (s instanceof Stmt.Assert a) {
      Nodes.add(out, a.test(), a.msg());
    } else if (s instanceof Stmt.If i) {
      out.add(i.test());
      out.addAll(i.body());
      out.addAll(i.orelse());
    } else if (s instanceof Stmt.While w) {
      out.add(w.test());
      out.addAll(w.body());
      out.addAll(w.orelse());
    } else if (s instanceof Stmt.For f) {
      Nodes.add(out, f.target(), f.iter());
      out.addAll(f.body());
      out.addAll(f.orelse());
    } else if (s instanceof Stmt.Try t) {
      out.addAll(t.body());
      out.addAll(t.handlers());
      out.addAll(t.orelse());
      out.addAll(t.finalbody());
    } else if (s instanceof Stmt.With w) {
      out.addAll(w.items());
      out.addAll(w.body());
    } else if (s instanceof Stmt.FunctionDef f) {
      out.addAll(f.decorators());
      Nodes.add(out, f.params());
      Nodes.add(out, f.returns());
      out.addAll(f.body());
    } else if (s instanceof Stmt.ClassDef c) {
      out.addAll(c.decorators());
      out.addAll(c.bases());
      out.addAll(c.keywords());
      out.addAll(c.body());
    }
  }
}
