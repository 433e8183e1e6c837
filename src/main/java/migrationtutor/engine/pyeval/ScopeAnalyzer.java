package migrationtutor.engine.pyeval;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.engine.pysrc.Alias;
import migrationtutor.engine.pysrc.Comprehension;
import migrationtutor.engine.pysrc.ExceptHandler;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Keyword;
import migrationtutor.engine.pysrc.Param;
import migrationtutor.engine.pysrc.Params;
import migrationtutor.engine.pysrc.Stmt;
import migrationtutor.engine.pysrc.WithItem;

/**
 * Decides which names are local to a function, as CPython's compiler does before running it: a name
 * bound anywhere in the body (assignment, for, with, import, def, walrus, ...) is local to the
 * whole body unless declared global or nonlocal. Results are cached per node.
 */
final class ScopeAnalyzer {
  private final Map<Object, ScopeInfo> cache = new IdentityHashMap<>();

  /** The scope of a def. */
  ScopeInfo function(Stmt.FunctionDef def) {
    return cache.computeIfAbsent(def, k -> analyze(def.params(), def.body(), null));
  }

  /** The scope of a lambda. */
  ScopeInfo lambda(Expr.Lambda lambda) {
    return cache.computeIfAbsent(lambda, k -> analyze(lambda.params(), List.of(), lambda.body()));
  }

  /** The scope of a comprehension: its for-targets are local; walrus targets are not. */
  ScopeInfo comprehension(Expr node, List<Comprehension> generators) {
    return cache.computeIfAbsent(
        node,
        k -> {
          Collector c = new Collector();
          for (Comprehension g : generators) {
            c.target(g.target());
          }
          return new ScopeInfo(Set.copyOf(c.bound), Set.of(), Set.of(), false);
        });
  }

  private static ScopeInfo analyze(Params params, List<Stmt> body, Expr lambdaBody) {
    Collector c = new Collector();
    for (Param p : params.all()) {
      c.bound.add(p.name());
    }
    c.stmts(body);
    if (lambdaBody != null) {
      c.expr(lambdaBody);
    }
    Set<String> locals = new HashSet<>(c.bound);
    locals.removeAll(c.globals);
    locals.removeAll(c.nonlocals);
    return new ScopeInfo(
        Set.copyOf(locals), Set.copyOf(c.globals), Set.copyOf(c.nonlocals), c.generator);
  }

  /** Walks one scope's statements without entering nested defs, lambdas or classes. */
  private static final class Collector {
    final Set<String> bound = new HashSet<>();
    final Set<String> globals = new HashSet<>();
    final Set<String> nonlocals = new HashSet<>();
    boolean generator;

    void stmts(List<Stmt> body) {
      for (Stmt s : body) {
        stmt(s);
      }
    }

    void stmt(Stmt s) {
      if (s instanceof Stmt.Assign a) {
        a.targets().forEach(this::target);
        expr(a.value());
      } else if (s instanceof Stmt.ExprStmt e) {
        expr(e.value());
      } else if (s instanceof Stmt.AugAssign a) {
        target(a.target());
        expr(a.value());
      } else if (s instanceof Stmt.AnnAssign a) {
        target(a.target());
        if (a.value() != null) {
          expr(a.value());
        }
      } else if (s instanceof Stmt.FunctionDef f) {
        bound.add(f.name());
        f.decorators().forEach(this::expr);
        AstChildren.params(f.params(), this::expr);
      } else if (s instanceof Stmt.ClassDef c) {
        bound.add(c.name());
        c.decorators().forEach(this::expr);
        c.bases().forEach(this::expr);
        for (Keyword k : c.keywords()) {
          expr(k.value());
        }
      } else if (s instanceof Stmt.For f) {
        target(f.target());
        expr(f.iter());
        stmts(f.body());
        stmts(f.orelse());
      } else if (s instanceof Stmt.While w) {
        expr(w.test());
        stmts(w.body());
        stmts(w.orelse());
      } else if (s instanceof Stmt.If i) {
        expr(i.test());
        stmts(i.body());
        stmts(i.orelse());
      } else if (s instanceof Stmt.With w) {
        for (WithItem item : w.items()) {
          expr(item.contextExpr());
          if (item.optionalVars() != null) {
            target(item.optionalVars());
          }
        }
        stmts(w.body());
      } else if (s instanceof Stmt.Try t) {
        stmts(t.body());
        for (ExceptHandler h : t.handlers()) {
          if (h.type() != null) {
            expr(h.type());
          }
          if (h.name() != null) {
            bound.add(h.name());
          }
          stmts(h.body());
        }
        stmts(t.orelse());
        stmts(t.finalbody());
      } else if (s instanceof Stmt.Import i) {
        for (Alias a : i.names()) {
          bound.add(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
        }
      } else if (s instanceof Stmt.ImportFrom i) {
        for (Alias a : i.names()) {
          if (!a.name().equals("*")) {
            bound.add(a.asName() != null ? a.asName() : a.name());
          }
        }
      } else if (s instanceof Stmt.Global g) {
        globals.addAll(g.names());
      } else if (s instanceof Stmt.Nonlocal n) {
        nonlocals.addAll(n.names());
      } else if (s instanceof Stmt.Delete d) {
        d.targets().forEach(this::target);
      } else if (s instanceof Stmt.Return r) {
        if (r.value() != null) {
          expr(r.value());
        }
      } else if (s instanceof Stmt.Raise r) {
        if (r.exc() != null) {
          expr(r.exc());
        }
      } else if (s instanceof Stmt.Assert a) {
        expr(a.test());
      }
    }

    void target(Expr t) {
      if (t instanceof Expr.Name n) {
        bound.add(n.id());
      } else if (t instanceof Expr.Tuple tuple) {
        tuple.elts().forEach(this::target);
      } else if (t instanceof Expr.List list) {
        list.elts().forEach(this::target);
      } else if (t instanceof Expr.Starred st) {
        target(st.value());
      } else {
        expr(t);
      }
    }

    void expr(Expr e) {
      if (e instanceof Expr.NamedExpr n) {
        target(n.target());
        expr(n.value());
      } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
        generator = true;
        AstChildren.forEach(e, this::expr);
      } else if (e instanceof Expr.Lambda l) {
        AstChildren.params(l.params(), this::expr);
      } else if (e instanceof Expr.ListComp
          || e instanceof Expr.SetComp
          || e instanceof Expr.DictComp
          || e instanceof Expr.GeneratorExp) {
        // Comprehension targets belong to the comprehension; only walrus targets leak out.
        AstChildren.forEach(e, this::walrusOnly);
      } else if (e != null) {
        AstChildren.forEach(e, this::expr);
      }
    }

    private void walrusOnly(Expr e) {
      if (e instanceof Expr.NamedExpr n) {
        target(n.target());
        walrusOnly(n.value());
      } else if (!(e instanceof Expr.Lambda)) {
        AstChildren.forEach(e, this::walrusOnly);
      }
    }
  }
}
