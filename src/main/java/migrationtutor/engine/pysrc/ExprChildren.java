package migrationtutor.engine.pysrc;

import java.util.List;

/** The children of each kind of expression, for {@link Nodes#children}. */
final class ExprChildren {
  private ExprChildren() {}

  static void add(Expr e, List<Node> out) {
    if (e instanceof Expr.JoinedStr j) {
      out.addAll(j.values());
    } else if (e instanceof Expr.FormattedValue f) {
      Nodes.add(out, f.value(), f.formatSpec());
    } else if (e instanceof Expr.Attribute a) {
      out.add(a.value());
    } else if (e instanceof Expr.Subscript s) {
      Nodes.add(out, s.value(), s.slice());
    } else if (e instanceof Expr.Slice s) {
      Nodes.add(out, s.lower(), s.upper(), s.step());
    } else if (e instanceof Expr.Call c) {
      out.add(c.func());
      out.addAll(c.args());
      out.addAll(c.keywords());
    } else if (e instanceof Expr.BinOp b) {
      Nodes.add(out, b.left(), b.right());
    } else if (e instanceof Expr.UnaryOp u) {
      out.add(u.operand());
    } else if (e instanceof Expr.BoolOp b) {
      out.addAll(b.values());
    } else if (e instanceof Expr.Compare c) {
      out.add(c.left());
      out.addAll(c.comparators());
    } else if (e instanceof Expr.IfExp i) {
      Nodes.add(out, i.body(), i.test(), i.orelse());
    } else if (e instanceof Expr.Lambda l) {
      Nodes.add(out, l.params());
      out.add(l.body());
    } else if (e instanceof Expr.NamedExpr n) {
      Nodes.add(out, n.target(), n.value());
    } else if (e instanceof Expr.List l) {
      out.addAll(l.elts());
    } else if (e instanceof Expr.Tuple t) {
      out.addAll(t.elts());
    } else if (e instanceof Expr.Set s) {
      out.addAll(s.elts());
    } else if (e instanceof Expr.Dict d) {
      out.addAll(d.entries());
    } else if (e instanceof Expr.ListComp c) {
      out.add(c.elt());
      out.addAll(c.generators());
    } else if (e instanceof Expr.SetComp c) {
      out.add(c.elt());
      out.addAll(c.generators());
    } else if (e instanceof Expr.GeneratorExp c) {
      out.add(c.elt());
      out.addAll(c.generators());
    } else if (e instanceof Expr.DictComp c) {
      Nodes.add(out, c.key(), c.value());
      out.addAll(c.generators());
    } else if (e instanceof Expr.Await a) {
      out.add(a.value());
    } else if (e instanceof Expr.Yield y) {
      Nodes.add(out, y.value());
    } else if (e instanceof Expr.YieldFrom y) {
      out.add(y.value());
    } else if (e instanceof Expr.Starred s) {
      out.add(s.value());
    }
  }
}
