package migrationtutor.engine.pyeval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pysrc.BinaryOperator;

/** The pure builtin functions, with CPython's results and messages. */
final class BuiltinFunctions {
  private final Runtime rt;

  BuiltinFunctions(Runtime rt) {
    this.rt = rt;
  }

  void register(Map<String, PyValue> b) {
    fn(b, "len", this::len);
    fn(b, "repr", a -> {
      Arity.check("repr", a, 1, 1);
      return new PyStr(a.positional().get(0).repr());
    });
    fn(b, "ascii", a -> {
      Arity.check("ascii", a, 1, 1);
      return new PyStr(Builtins.ascii(a.positional().get(0).repr()));
    });
    fn(b, "abs", this::abs);
    fn(b, "round", this::round);
    fn(b, "min", a -> extreme(a, "min"));
    fn(b, "max", a -> extreme(a, "max"));
    fn(b, "sum", this::sum);
    fn(b, "any", a -> anyAll(a, "any"));
    fn(b, "all", a -> anyAll(a, "all"));
    fn(b, "sorted", this::sorted);
    fn(b, "isinstance", this::isinstance);
    fn(b, "issubclass", this::issubclass);
    fn(b, "callable", a -> {
      Arity.check("callable", a, 1, 1);
      PyValue v = a.positional().get(0);
      return PyBool.of(v instanceof PyFunction || v instanceof NativeFunction
          || v instanceof BuiltinType || v instanceof PyClass || v instanceof PyExceptionType
          || v instanceof BoundMethod);
    });
    fn(b, "print", this::print);
    fn(b, "format", a -> {
      Arity.check("format", a, 1, 2);
      PyValue spec = Arity.arg(a, 1, new PyStr(""));
      return new PyStr(FormatSpec.format(a.positional().get(0),
          Arity.strArg("format() argument 2", spec)));
    });
    fn(b, "divmod", this::divmod);
    fn(b, "pow", a -> {
      Arity.check("pow", a, 2, 3);
      PyValue x = a.positional().get(0);
      PyValue y = a.positional().get(1);
      if (a.positional().size() == 3 && a.positional().get(2) != PyNone.NONE) {
        BigInteger m = Numbers.toBig(a.positional().get(2));
        if (m.signum() == 0) {
          throw PyException.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger r = Numbers.toBig(x).modPow(Numbers.toBig(y), m.abs());
        return new PyInt(m.signum() < 0 && r.signum() > 0 ? r.add(m) : r);
      }
      return rt.ops.binary(BinaryOperator.POW, x, y);
    });
    fn(b, "hex", a -> radix(a, "hex", 16, "0x"));
    fn(b, "oct", a -> radix(a, "oct", 8, "0o"));
    fn(b, "bin", a -> radix(a, "bin", 2, "0b"));
    fn(b, "chr", a -> {
      Arity.check("chr", a, 1, 1);
      long cp = Arity.intArg(a.positional().get(0));
      if (cp < 0 || cp > 0x10FFFF) {
        throw PyException.valueError("chr() arg not in range(0x110000)");
      }
      return new PyStr(new String(Character.toChars((int) cp)));
    });
    fn(b, "ord", a -> {
      Arity.check("ord", a, 1, 1);
      PyValue v = a.positional().get(0);
      if (!(v instanceof PyStr s)) {
        throw PyException.typeError(
            "ord() expected string of length 1, but " + v.typeName() + " found");
      }
      int n = s.value().codePointCount(0, s.value().length());
      if (n != 1) {
        throw PyException.typeError(
            "ord() expected a character, but string of length " + n + " found");
      }
      return PyInt.of(s.value().codePointAt(0));
    });
    fn(b, "iter", a -> {
      Arity.check("iter", a, 1, 1);
      return new PyIterable("iterator", Iteration.toList(rt, a.positional().get(0)));
    });
    fn(b, "next", a -> {
      Arity.check("next", a, 1, 2);
      PyValue it = a.positional().get(0);
      if (!(it instanceof PyIterable iterable)) {
        throw PyException.typeError("'" + it.typeName() + "' object is not an iterator");
      }
      PyValue v = iterable.next();
      if (v == null) {
        if (a.positional().size() == 2) {
          return a.positional().get(1);
        }
        throw new PyException("StopIteration", null);
      }
      return v;
    });
  }

  private static void fn(Map<String, PyValue> b, String name,
      java.util.function.Function<Args, PyValue> body) {
    b.put(name, NativeFunction.of(name, body));
  }

  private PyValue len(Args a) {
    Arity.check("len", a, 1, 1);
    PyValue v = a.positional().get(0);
    long n;
    if (v instanceof PyStr s) {
      n = s.value().codePointCount(0, s.value().length());
    } else if (v instanceof PyList l) {
      n = l.items().size();
    } else if (v instanceof PyTuple t) {
      n = t.items().size();
    } else if (v instanceof PyDict d) {
      n = d.entries().size();
    } else if (v instanceof PySet s) {
      n = s.items().size();
    } else if (v instanceof PyBytes by) {
      n = by.value().length;
    } else if (v instanceof PyNative nat) {
      n = nat.length();
    } else if (v instanceof PyUnknown u) {
      return new PyUnknown("len(" + u.origin() + ")");
    } else {
      throw PyException.typeError("object of type '" + v.typeName() + "' has no len()");
    }
    return PyInt.of(n);
  }

  private PyValue abs(Args a) {
    Arity.check("abs", a, 1, 1);
    PyValue v = a.positional().get(0);
    if (v instanceof PyFloat f) {
      return new PyFloat(Math.abs(f.value()));
    }
    if (Numbers.isInt(v)) {
      return new PyInt(Numbers.toBig(v).abs());
    }
    if (v instanceof PyUnknown u) {
      return new PyUnknown("abs(" + u.origin() + ")");
    }
    throw PyException.typeError("bad operand type for abs(): '" + v.typeName() + "'");
  }

  private PyValue round(Args a) {
    Arity.keywords("round", a, "number", "ndigits");
    Arity.count("round", a.size(), 1, 2);
    PyValue v = Arity.arg(a, 0, "number", PyNone.NONE);
    PyValue nd = Arity.arg(a, 1, "ndigits", PyNone.NONE);
    if (Numbers.isInt(v)) {
      if (nd == PyNone.NONE || Arity.intArg(nd) >= 0) {
        return new PyInt(Numbers.toBig(v));
      }
      long digits = -Arity.intArg(nd);
      if (digits > 100_000) {
        return PyInt.of(0);
      }
      BigDecimal r = new BigDecimal(Numbers.toBig(v)).setScale((int) -digits,
          RoundingMode.HALF_EVEN);
      return new PyInt(r.toBigInteger());
    }
    if (!(v instanceof PyFloat f)) {
      throw PyException.typeError("type " + v.typeName() + " doesn't define __round__ method");
    }
    double d = f.value();
    if (nd == PyNone.NONE) {
      if (Double.isNaN(d)) {
        throw PyException.valueError("cannot convert float NaN to integer");
      }
      if (Double.isInfinite(d)) {
        throw new PyException("OverflowError", "cannot convert float infinity to integer");
      }
      return new PyInt(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
    }
    long digits = Arity.intArg(nd);
    if (Double.isNaN(d) || Double.isInfinite(d) || digits > 400) {
      return f;
    }
    if (digits < -400) {
      return new PyFloat(Math.copySign(0.0, d));
    }
    double r = new BigDecimal(d).setScale((int) digits, RoundingMode.HALF_EVEN).doubleValue();
    return new PyFloat(r == 0 ? Math.copySign(0.0, d) : r);
  }

  private PyValue extreme(Args a, String name) {
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
        throw PyException.typeError("Cannot specify a default for " + name
            + "() with multiple positional arguments");
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

  private PyValue sum(Args a) {
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

  private PyValue anyAll(Args a, String name) {
    Arity.check(name, a, 1, 1);
    boolean any = name.equals("any");
    for (PyValue v : Iteration.toList(rt, a.positional().get(0))) {
      if (rt.truth(v, null, null) == any) {
        return PyBool.of(any);
      }
    }
    return PyBool.of(!any);
  }

  private PyValue sorted(Args a) {
    if (a.positional().size() != 1) {
      throw PyException.typeError("sorted expected 1 argument, got " + a.positional().size());
    }
    Arity.keywords("sort", a, "key", "reverse");
    List<PyValue> items = Iteration.toList(rt, a.positional().get(0));
    Sorting.sort(rt, items, a.keywords().getOrDefault("key", PyNone.NONE),
        a.keywords().getOrDefault("reverse", PyBool.FALSE).truthy());
    return new PyList(items);
  }

  private PyValue isinstance(Args a) {
    Arity.check("isinstance", a, 2, 2);
    return PyBool.of(instanceOf(a.positional().get(0), a.positional().get(1), "isinstance"));
  }

  private boolean instanceOf(PyValue v, PyValue t, String fn) {
    if (t instanceof PyTuple tuple) {
      for (PyValue x : tuple.items()) {
        if (instanceOf(v, x, fn)) {
          return true;
        }
      }
      return false;
    }
    if (t instanceof BuiltinType bt) {
      return bt.isInstance(v);
    }
    if (t instanceof PyExceptionType et) {
      return v instanceof PyExceptionValue e && e.type().isSubtypeOf(et);
    }
    if (t instanceof PyClass c) {
      return c.exceptionType() != null && v instanceof PyExceptionValue e
          && e.type().isSubtypeOf(c.exceptionType());
    }
    if (t instanceof PyUnknown || t instanceof PyNative) {
      return false;
    }
    throw PyException.typeError(
        fn + "() arg 2 must be a type, a tuple of types, or a union");
  }

  private PyValue issubclass(Args a) {
    Arity.check("issubclass", a, 2, 2);
    PyValue c = a.positional().get(0);
    PyValue t = a.positional().get(1);
    PyExceptionType sub = c instanceof PyExceptionType e ? e
        : c instanceof PyClass pc ? pc.exceptionType() : null;
    PyExceptionType sup = t instanceof PyExceptionType e ? e
        : t instanceof PyClass pc ? pc.exceptionType() : null;
    if (sub != null && sup != null) {
      return PyBool.of(sub.isSubtypeOf(sup));
    }
    if (c instanceof PyClass pc) {
      return PyBool.of(pc == t || pc.bases().contains(t));
    }
    return PyBool.of(c == t);
  }

  private PyValue print(Args a) {
    Arity.keywords("print", a, "sep", "end", "file", "flush");
    String sep = optionalStr(a, "sep", " ");
    String end = optionalStr(a, "end", "\n");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < a.positional().size(); i++) {
      sb.append(i > 0 ? sep : "").append(a.positional().get(i).str());
      rt.checkSize(sb.length());
    }
    rt.printer.accept(sb.append(end).toString());
    return PyNone.NONE;
  }

  private static String optionalStr(Args a, String key, String otherwise) {
    PyValue v = a.keywords().get(key);
    if (v == null || v == PyNone.NONE) {
      return otherwise;
    }
    if (!(v instanceof PyStr s)) {
      throw PyException.typeError(key + " must be None or a string, not " + v.typeName());
    }
    return s.value();
  }

  private PyValue divmod(Args a) {
    Arity.check("divmod", a, 2, 2);
    PyValue x = a.positional().get(0);
    PyValue y = a.positional().get(1);
    if (Numbers.isInt(x) && Numbers.isInt(y)) {
      if (Numbers.toBig(y).signum() == 0) {
        throw new PyException("ZeroDivisionError", "integer division or modulo by zero");
      }
      BigInteger[] qr = Numbers.floorDivMod(Numbers.toBig(x), Numbers.toBig(y));
      return new PyTuple(List.of(new PyInt(qr[0]), new PyInt(qr[1])));
    }
    if (Numbers.isNumber(x) && Numbers.isNumber(y)) {
      double d = Numbers.toDouble(y);
      if (d == 0) {
        throw new PyException("ZeroDivisionError", "float divmod()");
      }
      double[] qr = Numbers.floatDivMod(Numbers.toDouble(x), d);
      return new PyTuple(List.of(new PyFloat(qr[0]), new PyFloat(qr[1])));
    }
    throw PyException.typeError("unsupported operand type(s) for divmod(): '" + x.typeName()
        + "' and '" + y.typeName() + "'");
  }

  private static PyValue radix(Args a, String name, int radix, String prefix) {
    Arity.check(name, a, 1, 1);
    BigInteger v = Numbers.toBig(a.positional().get(0));
    return new PyStr((v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix));
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
    if (!(v instanceof PyList || v instanceof PyTuple || v instanceof PyStr
        || v instanceof PyDict || v instanceof PyRange || v instanceof DictView)) {
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
