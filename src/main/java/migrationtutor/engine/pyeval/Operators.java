package migrationtutor.engine.pyeval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import migrationtutor.engine.pysrc.BinaryOperator;
import migrationtutor.engine.pysrc.UnaryOperator;

/**
 * Binary and unary operators ({@link Comparisons} has comparisons and membership). A native operand
 * is asked first (left, then the reflected right operand, as Python tries {@code __add__} then
 * {@code __radd__}); an unknown operand makes the result unknown; then builtin semantics apply,
 * ending in CPython's TypeError.
 */
final class Operators {
  private final Runtime rt;

  Operators(Runtime rt) {
    this.rt = rt;
  }

  PyValue binary(BinaryOperator op, PyValue a, PyValue b) {
    String sym = op.symbol();
    PyValue r = viaNatives(sym, a, b);
    if (r != null) {
      return r;
    }
    if (a instanceof PyUnknown || b instanceof PyUnknown) {
      return unknown(a, sym, b);
    }
    r = rt.numbers.binary(op, a, b);
    if (r != null) {
      return r;
    }
    r = sequences(op, a, b);
    if (r != null) {
      return r;
    }
    if (op == BinaryOperator.ADD
        && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
      throw PyException.typeError(
          "can only concatenate "
              + a.typeName()
              + " (not \""
              + b.typeName()
              + "\") to "
              + a.typeName());
    }
    if (op == BinaryOperator.MULT && (isSequence(a) || isSequence(b))) {
      PyValue other = isSequence(a) ? b : a;
      throw PyException.typeError(
          "can't multiply sequence by non-int of type '" + other.typeName() + "'");
    }
    throw PyException.typeError(
        "unsupported operand type(s) for "
            + sym
            + ": '"
            + a.typeName()
            + "' and '"
            + b.typeName()
            + "'");
  }

  static PyValue unknown(PyValue a, String sym, PyValue b) {
    String left = a instanceof PyUnknown u ? u.origin() : a.repr();
    return new PyUnknown(left + " " + sym + " ...");
  }

  /** Asks native operands; null when neither implements the operator. */
  static PyValue viaNatives(String sym, PyValue a, PyValue b) {
    if (a instanceof PyNative na) {
      PyValue r = na.operator(sym, b, false);
      if (r != null) {
        return r;
      }
    }
    if (b instanceof PyNative nb) {
      return nb.operator(sym, a, true);
    }
    return null;
  }

  private static boolean isSequence(PyValue v) {
    return v instanceof PyStr
        || v instanceof PyList
        || v instanceof PyTuple
        || v instanceof PyBytes;
  }

  private PyValue sequences(BinaryOperator op, PyValue a, PyValue b) {
    switch (op) {
      case ADD:
        if (a instanceof PyStr x && b instanceof PyStr y) {
          rt.checkSize((long) x.value().length() + y.value().length());
          return new PyStr(x.value() + y.value());
        }
        if (a instanceof PyList x && b instanceof PyList y) {
          return new PyList(concat(x.items(), y.items()));
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
          return new PyTuple(concat(x.items(), y.items()));
        }
        if (a instanceof PyBytes x && b instanceof PyBytes y) {
          byte[] xs = x.value();
          byte[] ys = y.value();
          rt.checkSize((long) xs.length + ys.length);
          byte[] all = java.util.Arrays.copyOf(xs, xs.length + ys.length);
          System.arraycopy(ys, 0, all, xs.length, ys.length);
          return new PyBytes(all);
        }
        return null;
      case MULT:
        if (isSequence(a) && Numbers.isInt(b) && !(a instanceof PyBytes)) {
          return repeat(a, Numbers.toBig(b));
        }
        if (isSequence(b) && Numbers.isInt(a) && !(b instanceof PyBytes)) {
          return repeat(b, Numbers.toBig(a));
        }
        return null;
      case MOD:
        if (a instanceof PyStr fmt) {
          String s = PercentFormatter.format(rt, fmt.value(), b);
          rt.checkSize(s.length());
          return new PyStr(s);
        }
        return null;
      case BIT_OR:
        if (a instanceof PyDict x && b instanceof PyDict y) {
          PyDict d = new PyDict(x.entries());
          d.entries().putAll(y.entries());
          return d;
        }
        return setOp(op, a, b);
      case BIT_AND:
      case SUB:
      case BIT_XOR:
        return setOp(op, a, b);
      default:
        return null;
    }
  }

  private List<PyValue> concat(List<PyValue> x, List<PyValue> y) {
    rt.checkSize((long) x.size() + y.size());
    List<PyValue> all = new ArrayList<>(x.size() + y.size());
    all.addAll(x);
    all.addAll(y);
    return all;
  }

  private PyValue repeat(PyValue seq, BigInteger times) {
    long n =
        times.signum() <= 0 ? 0 : times.bitLength() > 40 ? Long.MAX_VALUE / 4 : times.longValue();
    if (seq instanceof PyStr s) {
      rt.checkSize(times(n, s.value().length()));
      return new PyStr(s.value().repeat((int) (s.value().isEmpty() ? 0 : n)));
    }
    List<PyValue> items = seq instanceof PyList l ? l.items() : ((PyTuple) seq).items();
    rt.checkSize(times(n, items.size()));
    List<PyValue> out = new ArrayList<>();
    for (long i = 0; i < n && !items.isEmpty(); i++) {
      out.addAll(items);
    }
    return seq instanceof PyList ? new PyList(out) : new PyTuple(out);
  }

  private static long times(long n, int size) {
    return size == 0 ? 0 : n > Long.MAX_VALUE / size ? Long.MAX_VALUE : n * size;
  }

  private PyValue setOp(BinaryOperator op, PyValue a, PyValue b) {
    if (!(a instanceof PySet x) || !(b instanceof PySet y)) {
      return null;
    }
    rt.checkSize((long) x.items().size() + y.items().size());
    Set<PyValue> out = new LinkedHashSet<>(x.items());
    switch (op) {
      case BIT_OR -> out.addAll(y.items());
      case BIT_AND -> out.retainAll(y.items());
      case SUB -> out.removeAll(y.items());
      default -> {
        for (PyValue v : y.items()) {
          if (!out.remove(v)) {
            out.add(v);
          }
        }
      }
    }
    return new PySet(out);
  }

  /** {@code a op= b}: lists, dicts and sets change in place; other values rebind. */
  PyValue inPlace(BinaryOperator op, PyValue a, PyValue b) {
    if (a instanceof PyNative na) {
      PyValue r = na.operator(op.symbol() + "=", b, false);
      if (r != null) {
        return r;
      }
    }
    if (a instanceof PyList l) {
      if (op == BinaryOperator.ADD) {
        List<PyValue> more = Iteration.toList(rt, b);
        rt.checkLimit((long) l.items().size() + more.size());
        l.items().addAll(more);
        return l;
      }
      if (op == BinaryOperator.MULT && Numbers.isInt(b)) {
        PyList rep = (PyList) repeat(l, Numbers.toBig(b));
        l.items().clear();
        l.items().addAll(rep.items());
        return l;
      }
    }
    if (a instanceof PyDict d && op == BinaryOperator.BIT_OR && b instanceof PyDict other) {
      d.entries().putAll(other.entries());
      return d;
    }
    if (a instanceof PySet s && b instanceof PySet other) {
      PyValue r = setOp(op, a, b);
      if (r != null) {
        s.items().clear();
        s.items().addAll(((PySet) r).items());
        return s;
      }
    }
    return binary(op, a, b);
  }

  PyValue unary(UnaryOperator op, PyValue v) {
    if (v instanceof PyNative n) {
      PyValue r = n.operator(op.symbol() + "x", PyNone.NONE, false);
      if (r != null) {
        return r;
      }
    }
    if (v instanceof PyUnknown u) {
      return new PyUnknown(op.symbol() + u.origin());
    }
    if (v instanceof PyFloat f) {
      if (op == UnaryOperator.USUB) {
        return new PyFloat(-f.value());
      }
      if (op == UnaryOperator.UADD) {
        return f;
      }
    } else if (Numbers.isInt(v)) {
      BigInteger i = Numbers.toBig(v);
      switch (op) {
        case USUB:
          return new PyInt(i.negate());
        case UADD:
          return new PyInt(i);
        case INVERT:
          return new PyInt(i.not());
        default:
          break;
      }
    }
    throw PyException.typeError(
        "bad operand type for unary " + op.symbol() + ": '" + v.typeName() + "'");
  }
}
