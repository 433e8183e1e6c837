package migrationtutor.engine.pyeval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pysrc.BinaryOperator;

/** The pure builtin functions on single values, with CPython's results and messages. */
final class BuiltinFunctions {
  private final Runtime rt;

  BuiltinFunctions(Runtime rt) {
    this.rt = rt;
  }

  void register(Map<String, PyValue> b) {
    fn(b, "len", this::len);
    fn(
        b,
        "repr",
        a -> {
          Arity.check("repr", a, 1, 1);
          String r = a.positional().get(0).repr();
          rt.checkSize(r.length());
          return new PyStr(r);
        });
    fn(
        b,
        "ascii",
        a -> {
          Arity.check("ascii", a, 1, 1);
          return new PyStr(Builtins.ascii(a.positional().get(0).repr()));
        });
    fn(b, "abs", this::abs);
    fn(b, "round", this::round);
    IterableBuiltins iterables = new IterableBuiltins(rt);
    fn(b, "min", a -> iterables.extreme(a, "min"));
    fn(b, "max", a -> iterables.extreme(a, "max"));
    fn(b, "sum", iterables::sum);
    fn(b, "any", a -> iterables.anyAll(a, "any"));
    fn(b, "all", a -> iterables.anyAll(a, "all"));
    fn(b, "sorted", iterables::sorted);
    fn(b, "isinstance", this::isinstance);
    fn(b, "issubclass", this::issubclass);
    fn(
        b,
        "callable",
        a -> {
          Arity.check("callable", a, 1, 1);
          PyValue v = a.positional().get(0);
          return PyBool.of(
              v instanceof PyFunction
                  || v instanceof NativeFunction
                  || v instanceof BuiltinType
                  || v instanceof PyClass
                  || v instanceof PyExceptionType
                  || v instanceof BoundMethod);
        });
    fn(b, "print", this::print);
    fn(
        b,
        "format",
        a -> {
          Arity.check("format", a, 1, 2);
          PyValue spec = Arity.arg(a, 1, new PyStr(""));
          return new PyStr(
              FormatSpec.format(a.positional().get(0), Arity.strArg("format() argument 2", spec)));
        });
    fn(b, "divmod", this::divmod);
    fn(
        b,
        "pow",
        a -> {
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
    fn(
        b,
        "chr",
        a -> {
          Arity.check("chr", a, 1, 1);
          long cp = Arity.intArg(a.positional().get(0));
          if (cp < 0 || cp > 0x10FFFF) {
            throw PyException.valueError("chr() arg not in range(0x110000)");
          }
          return new PyStr(new String(Character.toChars((int) cp)));
        });
    fn(
        b,
        "ord",
        a -> {
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
    for (String kind : new String[] {"property", "staticmethod", "classmethod"}) {
      fn(
          b,
          kind,
          a -> {
            Arity.check(kind, a, 1, 1);
            return new MethodWrapper(kind, a.positional().get(0));
          });
    }
    fn(
        b,
        "iter",
        a -> {
          Arity.check("iter", a, 1, 1);
          return new PyIterable("iterator", Iteration.toList(rt, a.positional().get(0)));
        });
    fn(
        b,
        "next",
        a -> {
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

  private static void fn(
      Map<String, PyValue> b, String name, java.util.function.Function<Args, PyValue> body) {
    b.put(name, NativeFunction.of(name, body));
  }

  private PyValue len(Args a) {
    Arity.check("len", a, 1, 1);
    PyValue v = a.positional().get(0);
    long n;
    if (v instanceof PyStr s) {
      n = s.isBmp() ? s.value().length() : s.value().codePointCount(0, s.value().length());
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
      BigDecimal r =
          new BigDecimal(Numbers.toBig(v)).setScale((int) -digits, RoundingMode.HALF_EVEN);
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
      return c.exceptionType() != null
          && v instanceof PyExceptionValue e
          && e.type().isSubtypeOf(c.exceptionType());
    }
    if (t instanceof PyUnknown || t instanceof PyNative) {
      return false;
    }
    throw PyException.typeError(fn + "() arg 2 must be a type, a tuple of types, or a union");
  }

  private PyValue issubclass(Args a) {
    Arity.check("issubclass", a, 2, 2);
    PyValue c = a.positional().get(0);
    PyValue t = a.positional().get(1);
    PyExceptionType sub =
        c instanceof PyExceptionType e ? e : c instanceof PyClass pc ? pc.exceptionType() : null;
    PyExceptionType sup =
        t instanceof PyExceptionType e ? e : t instanceof PyClass pc ? pc.exceptionType() : null;
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
      rt.checkLimit(sb.length());
    }
    rt.chargeSize(sb.length());
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
    throw PyException.typeError(
        "unsupported operand type(s) for divmod(): '"
            + x.typeName()
            + "' and '"
            + y.typeName()
            + "'");
  }

  private static PyValue radix(Args a, String name, int radix, String prefix) {
    Arity.check(name, a, 1, 1);
    BigInteger v = Numbers.toBig(a.positional().get(0));
    return new PyStr((v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix));
  }
}
