package migrationtutor.engine.pyeval;

import java.util.function.Consumer;
import migrationtutor.engine.pysrc.Comprehension;
import migrationtutor.engine.pysrc.DictEntry;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Keyword;
import migrationtutor.engine.pysrc.Param;
import migrationtutor.engine.pysrc.Params;

/** The direct sub-expressions of an expression, for walks that look at every node. */
final class AstChildren {
  private AstChildren() {}

  /** Calls {@code out} for each direct sub-expression of {@code e}, in source order. */
  static void forEach(Expr e, Consumer<Expr> out) {
    if (e instanceof Expr.Attribute a) {
      out.accept(a.value());
    } else if (e instanceof Expr.Call c) {
      out.accept(c.func());
      c.args().forEach(out);
      for (Keyword k : c.keywords()) {
        out.accept(k.value());
      }
    } else if (e instanceof Expr.BinOp b) {
      out.accept(b.left());
      out.accept(b.right());
    } else if (e instanceof Expr.UnaryOp u) {
      out.accept(u.operand());
    } else if (e instanceof Expr.BoolOp b) {
      b.values().forEach(out);
    } else if (e instanceof Expr.Compare c) {
      out.accept(c.left());
      c.comparators().forEach(out);
    } else if (e instanceof Expr.Subscript s) {
      out.accept(s.value());
      out.accept(s.slice());
    } else if (e instanceof Expr.Slice s) {
      acceptIfPresent(s.lower(), out);
      acceptIfPresent(s.upper(), out);
      acceptIfPresent(s.step(), out);
    } else if (e instanceof Expr.JoinedStr j) {
      j.values().forEach(out);
    } else if (e instanceof Expr.FormattedValue f) {
      out.accept(f.value());
      acceptIfPresent(f.formatSpec(), out);
    } else if (e instanceof Expr.IfExp i) {
      out.accept(i.test());
      out.accept(i.body());
      out.accept(i.orelse());
    } else if (e instanceof Expr.Lambda l) {
      params(l.params(), out);
      out.accept(l.body());
    } else if (e instanceof Expr.NamedExpr n) {
      out.accept(n.target());
      out.accept(n.value());
    } else if (e instanceof Expr.List l) {
      l.elts().forEach(out);
    } else if (e instanceof Expr.Tuple t) {
      t.elts().forEach(out);
    } else if (e instanceof Expr.Set s) {
      s.elts().forEach(out);
    } else if (e instanceof Expr.Dict d) {
      for (DictEntry entry : d.entries()) {
        acceptIfPresent(entry.key(), out);
        out.accept(entry.value());
      }
    } else if (e instanceof Expr.ListComp c) {
      out.accept(c.elt());
      generators(c.generators(), out);
    } else if (e instanceof Expr.SetComp c) {
      out.accept(c.elt());
      generators(c.generators(), out);
    } else if (e instanceof Expr.GeneratorExp c) {
      out.accept(c.elt());
      generators(c.generators(), out);
    } else if (e instanceof Expr.DictComp c) {
      out.accept(c.key());
      out.accept(c.value());
      generators(c.generators(), out);
    } else if (e instanceof Expr.Await a) {
      out.accept(a.value());
    } else if (e instanceof Expr.Yield y) {
      acceptIfPresent(y.value(), out);
    } else if (e instanceof Expr.YieldFrom y) {
      out.accept(y.value());
    } else if (e instanceof Expr.Starred s) {
      out.accept(s.value());
    }
  }

  /** The default values and annotations of parameters (evaluated in the defining scope). */
  static void params(Params params, Consumer<Expr> out) {
    for (Param p : params.all()) {
      acceptIfPresent(p.annotation(), out);
      acceptIfPresent(p.defaultValue(), out);
    }
  }

  private static void generators(java.util.List<Comprehension> gens, Consumer<Expr> out) {
    for (Comprehension g : gens) {
      out.accept(g.target());
      out.accept(g.iter());
      g.ifs().forEach(out);
    }
  }

  private static void acceptIfPresent(Expr e, Consumer<Expr> out) {
    if (e != null) {
      out.accept(e);
    }
  }
}
