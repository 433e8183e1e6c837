package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import migrationtutor.engine.pysrc.Alias;
import migrationtutor.engine.pysrc.ExceptHandler;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Keyword;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.Span;
import migrationtutor.engine.pysrc.Stmt;
import migrationtutor.engine.pysrc.WithItem;

/**
 * Walks a module before it runs and reports every construct outside a {@link Subset}, each with its
 * position and a message that names it and says what to write instead.
 */
public final class SubsetChecker {
  private final Subset subset;
  private final List<SubsetViolation> found = new ArrayList<>();

  private SubsetChecker(Subset subset) {
    this.subset = subset;
  }

  /** The violations of a module, in source order; empty when it is inside the subset. */
  public static List<SubsetViolation> check(Module module, Subset subset) {
    SubsetChecker c = new SubsetChecker(subset);
    c.block(module.body(), 0);
    c.found.sort(
        Comparator.comparingInt((SubsetViolation v) -> v.span().line())
            .thenComparingInt(v -> v.span().column()));
    return List.copyOf(c.found);
  }

  private void require(Construct c, Span span) {
    if (!subset.allows(c)) {
      found.add(
          new SubsetViolation(
              span,
              c,
              c.description()
                  + " is outside the Python subset the tutor runs in "
                  + subset.scriptKind()
                  + "; "
                  + c.advice()));
    }
  }

  private void block(List<Stmt> body, int depth) {
    for (Stmt s : body) {
      stmt(s, depth);
    }
  }

  private void stmt(Stmt s, int depth) {
    if (s instanceof Stmt.ExprStmt e) {
      expr(e.value());
    } else if (s instanceof Stmt.Assign a) {
      require(Construct.ASSIGN, a.span());
      a.targets().forEach(this::expr);
      expr(a.value());
    } else if (s instanceof Stmt.Import i) {
      require(Construct.IMPORT, i.span());
      for (Alias a : i.names()) {
        module(a.name(), i.span());
      }
    } else if (s instanceof Stmt.ImportFrom i) {
      require(Construct.IMPORT, i.span());
      if (i.level() > 0) {
        require(Construct.RELATIVE_IMPORT, i.span());
      } else {
        module(i.module(), i.span());
      }
      for (Alias a : i.names()) {
        if (a.name().equals("*")) {
          require(Construct.STAR_IMPORT, a.span());
        }
      }
    } else if (s instanceof Stmt.FunctionDef f) {
      function(f, depth);
    } else if (s instanceof Stmt.With w) {
      require(w.isAsync() ? Construct.ASYNC : Construct.WITH, w.span());
      for (WithItem item : w.items()) {
        expr(item.contextExpr());
        if (item.optionalVars() != null) {
          expr(item.optionalVars());
        }
      }
      block(w.body(), depth);
    } else if (s instanceof Stmt.Return r) {
      require(Construct.RETURN, r.span());
      exprIfPresent(r.value());
    } else {
      other(s, depth);
    }
  }

  private void other(Stmt s, int depth) {
    if (s instanceof Stmt.AugAssign a) {
      require(Construct.AUG_ASSIGN, a.span());
      expr(a.target());
      expr(a.value());
    } else if (s instanceof Stmt.AnnAssign a) {
      require(Construct.ANN_ASSIGN, a.span());
      expr(a.target());
      expr(a.annotation());
      exprIfPresent(a.value());
    } else if (s instanceof Stmt.If i) {
      require(Construct.IF, i.span());
      expr(i.test());
      block(i.body(), depth);
      block(i.orelse(), depth);
    } else if (s instanceof Stmt.For f) {
      require(f.isAsync() ? Construct.ASYNC : Construct.FOR, f.span());
      expr(f.target());
      expr(f.iter());
      block(f.body(), depth);
      block(f.orelse(), depth);
    } else if (s instanceof Stmt.While w) {
      require(Construct.WHILE, w.span());
      expr(w.test());
      block(w.body(), depth);
      block(w.orelse(), depth);
    } else if (s instanceof Stmt.Try t) {
      require(Construct.TRY, t.span());
      block(t.body(), depth);
      for (ExceptHandler h : t.handlers()) {
        exprIfPresent(h.type());
        block(h.body(), depth);
      }
      block(t.orelse(), depth);
      block(t.finalbody(), depth);
    } else if (s instanceof Stmt.ClassDef c) {
      require(Construct.CLASS, c.span());
      c.decorators().forEach(this::expr);
      c.bases().forEach(this::expr);
      for (Keyword k : c.keywords()) {
        expr(k.value());
      }
      block(c.body(), depth + 1);
    } else if (s instanceof Stmt.Raise r) {
      require(Construct.RAISE, r.span());
      exprIfPresent(r.exc());
      exprIfPresent(r.cause());
    } else if (s instanceof Stmt.Assert a) {
      require(Construct.ASSERT, a.span());
      expr(a.test());
      exprIfPresent(a.msg());
    } else if (s instanceof Stmt.Delete d) {
      require(Construct.DELETE, d.span());
      d.targets().forEach(this::expr);
    } else if (s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
      require(Construct.GLOBAL, s.span());
    }
  }

  private void function(Stmt.FunctionDef f, int depth) {
    require(depth == 0 ? Construct.FUNCTION_DEF : Construct.NESTED_FUNCTION, f.span());
    if (f.isAsync()) {
      require(Construct.ASYNC, f.span());
    }
    for (Expr d : f.decorators()) {
      require(Construct.DECORATOR, d.span());
      expr(d);
    }
    AstChildren.params(f.params(), this::expr);
    exprIfPresent(f.returns());
    block(f.body(), depth + 1);
  }

  private void module(String name, Span span) {
    String top = name.split("\\.")[0];
    // __future__ imports change nothing the evaluator does, so every subset accepts them.
    if (subset.allowedModules().contains(top) || top.equals("__future__")) {
      return;
    }
    List<String> mods = subset.allowedModules();
    String list =
        mods.size() <= 1
            ? String.join("", mods)
            : String.join(", ", mods.subList(0, mods.size() - 1))
                + " and "
                + mods.get(mods.size() - 1);
    found.add(
        new SubsetViolation(
            span,
            Construct.IMPORT,
            "importing '"
                + name
                + "' is outside the subset: "
                + subset.scriptKind()
                + " may import "
                + list));
  }

  private void exprIfPresent(Expr e) {
    if (e != null) {
      expr(e);
    }
  }

  private void expr(Expr e) {
    if (e instanceof Expr.Call c
        && c.func() instanceof Expr.Name n
        && subset.forbiddenNames().containsKey(n.id())) {
      found.add(
          new SubsetViolation(
              n.span(),
              Construct.FORBIDDEN_NAME,
              "calling "
                  + n.id()
                  + "() is outside the subset: "
                  + subset.forbiddenNames().get(n.id())));
      c.args().forEach(this::expr);
      for (Keyword k : c.keywords()) {
        expr(k.value());
      }
      return;
    }
    if (e instanceof Expr.Name n && subset.forbiddenNames().containsKey(n.id())) {
      found.add(
          new SubsetViolation(
              n.span(),
              Construct.FORBIDDEN_NAME,
              "using '"
                  + n.id()
                  + "' is outside the subset: "
                  + subset.forbiddenNames().get(n.id())));
    } else if (e instanceof Expr.Attribute a
        && subset.forbidDunderAttributes()
        && a.attr().startsWith("__")) {
      found.add(
          new SubsetViolation(
              a.span(),
              Construct.DUNDER_ATTRIBUTE,
              "accessing '"
                  + a.attr()
                  + "' is outside the subset: "
                  + subset.scriptKind()
                  + " cannot reach Python internals through dunder attributes"));
    } else if (e instanceof Expr.Lambda) {
      require(Construct.LAMBDA, e.span());
    } else if (e instanceof Expr.ListComp
        || e instanceof Expr.SetComp
        || e instanceof Expr.DictComp
        || e instanceof Expr.GeneratorExp) {
      require(Construct.COMPREHENSION, e.span());
    } else if (e instanceof Expr.IfExp) {
      require(Construct.CONDITIONAL_EXPRESSION, e.span());
    } else if (e instanceof Expr.NamedExpr) {
      require(Construct.WALRUS, e.span());
    } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      require(Construct.YIELD, e.span());
    } else if (e instanceof Expr.Await) {
      require(Construct.ASYNC, e.span());
    }
    AstChildren.forEach(e, this::expr);
  }
}
