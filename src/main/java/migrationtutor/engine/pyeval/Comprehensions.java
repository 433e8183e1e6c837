package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import migrationtutor.engine.pysrc.Comprehension;
import migrationtutor.engine.pysrc.Expr;

/**
 * List, set and dict comprehensions and generator expressions. As in Python 3 each runs in its own
 * scope (its loop variables do not leak) and its first iterable is evaluated in the enclosing
 * scope; a generator expression is evaluated eagerly into a one-shot iterable.
 */
final class Comprehensions {
  private final Runtime rt;
  private final ExprEvaluator exprs;

  Comprehensions(Runtime rt, ExprEvaluator exprs) {
    this.rt = rt;
    this.exprs = exprs;
  }

  PyValue eval(Expr e, Scope s) {
    if (e instanceof Expr.ListComp c) {
      List<PyValue> out = new ArrayList<>();
      run(e, c.generators(), "<listcomp>", s, sc -> add(out, exprs.eval(c.elt(), sc)));
      return new PyList(out);
    }
    if (e instanceof Expr.SetComp c) {
      Set<PyValue> out = new LinkedHashSet<>();
      run(
          e,
          c.generators(),
          "<setcomp>",
          s,
          sc -> {
            Values.setAdd(out, exprs.eval(c.elt(), sc));
            rt.checkLimit(out.size());
            rt.chargeSize(1);
          });
      return new PySet(out);
    }
    if (e instanceof Expr.DictComp c) {
      PyDict out = new PyDict();
      Map<PyValue, PyValue> m = out.entries();
      run(
          e,
          c.generators(),
          "<dictcomp>",
          s,
          sc -> {
            PyValue k = exprs.eval(c.key(), sc);
            PyValue v = exprs.eval(c.value(), sc);
            m.put(Values.dictKey(m, k), v);
            rt.checkLimit(m.size());
            rt.chargeSize(1);
          });
      return out;
    }
    Expr.GeneratorExp g = (Expr.GeneratorExp) e;
    List<PyValue> out = new ArrayList<>();
    run(e, g.generators(), "<genexpr>", s, sc -> add(out, exprs.eval(g.elt(), sc)));
    return new PyIterable("generator", out);
  }

  private void add(List<PyValue> out, PyValue v) {
    out.add(v);
    rt.checkLimit(out.size());
    rt.chargeSize(1);
  }

  private void run(
      Expr node, List<Comprehension> gens, String name, Scope outer, Consumer<Scope> body) {
    ScopeInfo info = rt.analyzer.comprehension(node, gens);
    PyValue first = exprs.eval(gens.get(0).iter(), outer);
    Scope inner = Scope.comprehension(outer, info, name);
    inner.qualname = name;
    loop(gens, 0, first, inner, body);
  }

  private void loop(
      List<Comprehension> gens, int index, PyValue iterable, Scope scope, Consumer<Scope> body) {
    Comprehension g = gens.get(index);
    Iterator<PyValue> it = Iteration.iterate(rt, iterable);
    while (it.hasNext()) {
      rt.tick(g.span(), scope);
      Assigner.assign(rt, g.target(), it.next(), scope);
      if (!passes(g, scope)) {
        continue;
      }
      if (index + 1 < gens.size()) {
        loop(gens, index + 1, exprs.eval(gens.get(index + 1).iter(), scope), scope, body);
      } else {
        body.accept(scope);
      }
    }
  }

  private boolean passes(Comprehension g, Scope scope) {
    for (Expr cond : g.ifs()) {
      if (!rt.truth(exprs.eval(cond, scope), cond.span(), scope)) {
        return false;
      }
    }
    return true;
  }
}
