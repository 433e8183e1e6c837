package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import migrationtutor.engine.pysrc.Expr;

/**
 * Binds values to assignment targets: names, unpacking (with a starred target), attributes, items.
 */
final class Assigner {
  private Assigner() {}

  static void assign(Runtime rt, Expr target, PyValue value, Scope s) {
    if (target instanceof Expr.Name n) {
      s.store(n.id(), value);
    } else if (target instanceof Expr.Tuple t) {
      unpack(rt, t.elts(), value, s);
    } else if (target instanceof Expr.List l) {
      unpack(rt, l.elts(), value, s);
    } else if (target instanceof Expr.Attribute a) {
      rt.setAttribute(rt.exprs.eval(a.value(), s), a.attr(), value);
    } else if (target instanceof Expr.Subscript sub) {
      PyValue obj = rt.exprs.eval(sub.value(), s);
      if (sub.slice() instanceof Expr.Slice sl) {
        Subscripts.setSlice(
            rt,
            obj,
            part(rt, sl.lower(), s),
            part(rt, sl.upper(), s),
            part(rt, sl.step(), s),
            value);
      } else {
        Subscripts.set(rt, obj, rt.exprs.eval(sub.slice(), s), value);
      }
    } else if (target instanceof Expr.Starred) {
      throw new PyException("SyntaxError", "starred assignment target must be in a list or tuple");
    } else {
      throw new PyException("SyntaxError", "cannot assign to expression");
    }
  }

  private static PyValue part(Runtime rt, Expr e, Scope s) {
    return e == null ? PyNone.NONE : rt.exprs.eval(e, s);
  }

  private static void unpack(Runtime rt, List<Expr> targets, PyValue value, Scope s) {
    int star = -1;
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i) instanceof Expr.Starred) {
        star = i;
      }
    }
    if (value instanceof PyUnknown u) {
      for (Expr t : targets) {
        assign(
            rt,
            t instanceof Expr.Starred st ? st.value() : t,
            t instanceof Expr.Starred ? new PyList(List.of()) : u,
            s);
      }
      return;
    }
    boolean iterable =
        value instanceof PyList
            || value instanceof PyTuple
            || value instanceof PyStr
            || value instanceof PyDict
            || value instanceof PySet
            || value instanceof PyNative
            || value instanceof PyBytes;
    if (!iterable) {
      throw PyException.typeError("cannot unpack non-iterable " + value.typeName() + " object");
    }
    int n = targets.size();
    List<PyValue> items = new ArrayList<>();
    Iterator<PyValue> it = Iteration.iterate(rt, value);
    // Like CPython, read one element past the targets to detect "too many values".
    while (it.hasNext() && (star >= 0 || items.size() <= n)) {
      items.add(it.next());
      rt.checkLimit(items.size());
    }
    if (star < 0) {
      if (items.size() > n) {
        throw PyException.valueError("too many values to unpack (expected " + n + ")");
      }
      if (items.size() < n) {
        throw PyException.valueError(
            "not enough values to unpack (expected " + n + ", got " + items.size() + ")");
      }
      for (int i = 0; i < n; i++) {
        assign(rt, targets.get(i), items.get(i), s);
      }
      return;
    }
    if (items.size() < n - 1) {
      throw PyException.valueError(
          "not enough values to unpack (expected at least "
              + (n - 1)
              + ", got "
              + items.size()
              + ")");
    }
    int after = n - star - 1;
    for (int i = 0; i < star; i++) {
      assign(rt, targets.get(i), items.get(i), s);
    }
    List<PyValue> middle = new ArrayList<>(items.subList(star, items.size() - after));
    assign(rt, ((Expr.Starred) targets.get(star)).value(), new PyList(middle), s);
    for (int i = 0; i < after; i++) {
      assign(rt, targets.get(star + 1 + i), items.get(items.size() - after + i), s);
    }
  }
}
