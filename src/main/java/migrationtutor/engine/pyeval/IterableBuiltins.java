package migrationtutor.engine.pyeval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pysrc.BinaryOperator;

/**
 * The builtins that consume or produce iterables (min, max, sum, any, all, sorted, range,
 * enumerate, zip, reversed, map, filter); lazy CPython iterators are computed eagerly here.
 */
final class IterableBuiltins {
  private final Runtime rt;

  IterableBuiltins(Runtime rt) {
    this.rt = rt;
  }

  PyValue extreme(Args a, String name) {
    Arity.keywords(name, a, "key", "default");
    PyValue key = a.keywords().getOrDefault("key", PyNone.NONE);
    PyValue dflt = a.keywords().get("default");
    List<PyValue> items;
    if (a.positional().isEmpty()) {
      throw PyException.typeError(name + " expected at least 1 argument, got 0");
    }
    if (a.positional().size() == 1) {
      items = Iteration.toList(rt, a.positional().get(0));
      if (items.isEmpty()) {
        if (dflt != null) {
          return dflt;
        }
        throw PyException.valueError(name + "() arg is an empty sequence");
      }
    } else {
      if (dflt != null) {
        throw PyException.typeError(
            "Cannot specify a default for " + name + "() with multiple positional arguments");
      }
      items = a.positional();
    }
    PyValue best = items.get(0);
    PyValue bestKey = key == PyNone.NONE ? best : rt.call(key, Args.of(best));
    String op = name.equals("min") ? "<" : ">";
    for (int i = 1; i < items.size(); i++) {
      PyValue v = items.get(i);
      PyValue k = key == PyNone.NONE ? v : rt.call(key, Args.of(v));
      int c = Values.compare(k, bestKey, op);
      if (c != 2 && (name.equals("min") ? c < 0 : c > 0)) {
        best = v;
        bestKey = k;
      }
    }
    return best;
  }

  PyValue sum(Args a) {
    Arity.keywords("sum", a, "start");
    Arity.count("sum", a.positional().size(), 1, 2);
    PyValue total = Arity.arg(a, 1, "start", PyInt.of(0));
    if (total instanceof PyStr) {
      throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
    }
    for (PyValue v : Iteration.toList(rt, a.positional().get(0))) {
      total = rt.ops.binary(BinaryOperator.ADD, total, v);
    }
    return total;
  }

  PyValue anyAll(Args a, String name) {
    Arity.check(name, a, 1, 1);
    boolean any = name.equals("any");
    for (PyValue v : Iteration.toList(rt, a.positional().get(0))) {
      if (rt.truth(v, null, null) == any) {
        return PyBool.of(any);
      }
    }
    return PyBool.of(!any);
  }

  PyValue sorted(Args a) {
    if (a.positional().size() != 1) {
      throw PyException.typeError("sorted expected 1 argument, got " + a.positional().size());
    }
    Arity.keywords("sort", a, "key", "reverse");
    List<PyValue> items = Iteration.toList(rt, a.positional().get(0));
    Sorting.sort(
        rt,
        items,
        a.keywords().getOrDefault("key", PyNone.NONE),
        a.keywords().getOrDefault("reverse", PyBool.FALSE).truthy());
    return new PyList(items);
  }

  PyValue range(Args a) {
    Arity.check("range", a, 1, 3);
    List<BigInteger> n = new ArrayList<>();
    for (PyValue v : a.positional()) {
      n.add(Numbers.toBig(v));
    }
    if (n.size() == 1) {
      return new PyRange(BigInteger.ZERO, n.get(0), BigInteger.ONE);
    }
    return new PyRange(n.get(0), n.get(1), n.size() == 3 ? n.get(2) : BigInteger.ONE);
  }

  PyValue enumerate(Args a) {
    Arity.keywords("enumerate", a, "iterable", "start");
    PyValue it = Arity.arg(a, 0, "iterable", null);
    if (it == null) {
      throw PyException.typeError("enumerate() missing required argument 'iterable' (pos 1)");
    }
    BigInteger i = Numbers.toBig(Arity.arg(a, 1, "start", PyInt.of(0)));
    List<PyValue> out = new ArrayList<>();
    for (PyValue v : Iteration.toList(rt, it)) {
      out.add(new PyTuple(List.of(new PyInt(i), v)));
      i = i.add(BigInteger.ONE);
    }
    return new PyIterable("enumerate", out);
  }

  PyValue zip(Args a) {
    Arity.keywords("zip", a, "strict");
    List<List<PyValue>> lists = new ArrayList<>();
    int n = Integer.MAX_VALUE;
    for (PyValue v : a.positional()) {
      List<PyValue> l = Iteration.toList(rt, v);
      lists.add(l);
      n = Math.min(n, l.size());
    }
    List<PyValue> out = new ArrayList<>();
    for (int i = 0; !lists.isEmpty() && i < n; i++) {
      List<PyValue> row = new ArrayList<>();
      for (List<PyValue> l : lists) {
        row.add(l.get(i));
      }
      out.add(new PyTuple(row));
    }
    return new PyIterable("zip", out);
  }

  PyValue reversed(Args a) {
    Arity.check("reversed", a, 1, 1);
    PyValue v = a.positional().get(0);
    if (!(v instanceof PyList
        || v instanceof PyTuple
        || v instanceof PyStr
        || v instanceof PyDict
        || v instanceof PyRange
        || v instanceof DictView)) {
      throw PyException.typeError("'" + v.typeName() + "' object is not reversible");
    }
    List<PyValue> items = Iteration.toList(rt, v);
    Collections.reverse(items);
    return new PyIterable("reversed", items);
  }

  PyValue map(Args a) {
    Arity.check("map", a, 2, Integer.MAX_VALUE);
    PyValue f = a.positional().get(0);
    Args rest = new Args(a.positional().subList(1, a.positional().size()), Map.of());
    PyIterable zipped = (PyIterable) zip(rest);
    List<PyValue> out = new ArrayList<>();
    for (java.util.Iterator<PyValue> it = zipped.iterate(); it.hasNext(); ) {
      out.add(rt.call(f, new Args(((PyTuple) it.next()).items(), Map.of())));
    }
    return new PyIterable("map", out);
  }

  PyValue filter(Args a) {
    Arity.check("filter", a, 2, 2);
    PyValue f = a.positional().get(0);
    List<PyValue> out = new ArrayList<>();
    for (PyValue v : Iteration.toList(rt, a.positional().get(1))) {
      PyValue t = f == PyNone.NONE ? v : rt.call(f, Args.of(v));
      if (rt.truth(t, null, null)) {
        out.add(v);
      }
    }
    return new PyIterable("filter", out);
  }
}
