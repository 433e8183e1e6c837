package migrationtutor.engine.pyeval;

import java.util.List;
import migrationtutor.engine.pysrc.CompareOperator;

/**
 * Comparisons, identity and membership: natives are asked first (SQL expressions such as {@code
 * t.c.x == 5}), unknown operands give unknown results, then CPython's rich comparison rules.
 */
final class Comparisons {
  private final Runtime rt;

  Comparisons(Runtime rt) {
    this.rt = rt;
  }

  /** One comparison {@code a op b}. */
  PyValue compare(CompareOperator op, PyValue a, PyValue b) {
    switch (op) {
      case IS:
        return PyBool.of(same(a, b));
      case IS_NOT:
        return PyBool.of(!same(a, b));
      case IN:
        return contains(b, a);
      case NOT_IN:
        {
          PyValue r = contains(b, a);
          return r instanceof PyBool bool ? PyBool.of(!bool.value()) : r;
        }
      default:
        break;
    }
    String sym = op.symbol();
    PyValue r = Operators.viaNatives(sym, a, b);
    if (r != null) {
      return r;
    }
    if (a instanceof PyUnknown || b instanceof PyUnknown) {
      return Operators.unknown(a, sym, b);
    }
    rt.chargeWork(Math.min(sizeOf(a), sizeOf(b)));
    switch (op) {
      case EQ:
        return PyBool.of(Values.eq(a, b));
      case NOT_EQ:
        return PyBool.of(!Values.eq(a, b));
      default:
        break;
    }
    int c = Values.compare(a, b, sym);
    if (c == 2) {
      return PyBool.FALSE;
    }
    return PyBool.of(
        switch (op) {
          case LT -> c < 0;
          case LT_E -> c <= 0;
          case GT -> c > 0;
          default -> c >= 0;
        });
  }

  private static boolean same(PyValue a, PyValue b) {
    if (a == b) {
      return true;
    }
    // Small ints are cached by CPython, so `x is 1` holds for them.
    if (a instanceof PyInt x && b instanceof PyInt y && x.value().equals(y.value())) {
      return x.value().bitLength() < 9;
    }
    return a instanceof PyUnknown && a.equals(b);
  }

  /** {@code item in container}. */
  PyValue contains(PyValue container, PyValue item) {
    if (container instanceof PyStr s) {
      if (!(item instanceof PyStr sub)) {
        throw PyException.typeError(
            "'in <string>' requires string as left operand, not " + item.typeName());
      }
      rt.chargeSize(s.value().length());
      return PyBool.of(s.value().contains(sub.value()));
    }
    if (container instanceof PyList l) {
      rt.chargeWork(l.items().size());
      return PyBool.of(Values.containsEq(l.items(), item));
    }
    if (container instanceof PyTuple t) {
      rt.chargeWork(t.items().size());
      return PyBool.of(Values.containsEq(t.items(), item));
    }
    if (container instanceof PyDict d) {
      return PyBool.of(d.entries().containsKey(Values.dictKey(d.entries(), item)));
    }
    if (container instanceof PySet s) {
      return PyBool.of(s.items().contains(Values.canonical(s.items(), item)));
    }
    if (container instanceof PyUnknown || item instanceof PyUnknown) {
      return Operators.unknown(item, "in", container);
    }
    if (container instanceof PyNative n) {
      PyValue r = n.operator("in", item, true);
      if (r != null) {
        return r;
      }
      List<PyValue> all = Iteration.toList(rt, container);
      return PyBool.of(Values.containsEq(all, item));
    }
    throw PyException.typeError("argument of type '" + container.typeName() + "' is not iterable");
  }

  /** The length of a str or container (comparing them costs that much time). */
  static long sizeOf(PyValue v) {
    if (v instanceof PyStr s) {
      return s.value().length();
    }
    if (v instanceof PyList l) {
      return l.items().size();
    }
    if (v instanceof PyTuple t) {
      return t.items().size();
    }
    if (v instanceof PyDict d) {
      return d.entries().size();
    }
    if (v instanceof PySet s) {
      return s.items().size();
    }
    return 0;
  }
}
