package migrationtutor.engine.pyeval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Equality, ordering and hashability of values, as CPython's rich comparisons define them. */
final class Values {
  private Values() {}

  /** {@code a == b} for builtin values; natives compare by identity. */
  static boolean eq(PyValue a, PyValue b) {
    if (a == b) {
      return true;
    }
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      return compareNumbers(a, b) == 0;
    }
    if (a instanceof PyStr x && b instanceof PyStr y) {
      return x.value().equals(y.value());
    }
    if (a instanceof PyTuple x && b instanceof PyTuple y) {
      return seqEq(x.items(), y.items());
    }
    if (a instanceof PyList x && b instanceof PyList y) {
      return seqEq(x.items(), y.items());
    }
    if (a instanceof PyDict x && b instanceof PyDict y) {
      if (x.entries().size() != y.entries().size()) {
        return false;
      }
      for (Map.Entry<PyValue, PyValue> e : x.entries().entrySet()) {
        PyValue other = y.entries().get(e.getKey());
        if (other == null || !eq(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof PySet x && b instanceof PySet y) {
      return x.items().equals(y.items());
    }
    if (a instanceof PyBytes x && b instanceof PyBytes y) {
      return Arrays.equals(x.value(), y.value());
    }
    if (a instanceof PyUnknown || b instanceof PyUnknown) {
      return false;
    }
    return a.equals(b);
  }

  private static boolean seqEq(List<PyValue> x, List<PyValue> y) {
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!eq(x.get(i), y.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares two numbers exactly (an int with a float too); NaN compares as unordered, which this
   * reports as 2 so that every ordering test fails.
   */
  static int compareNumbers(PyValue a, PyValue b) {
    if (a instanceof PyFloat || b instanceof PyFloat) {
      double x = a instanceof PyFloat f ? f.value() : Double.NaN;
      double y = b instanceof PyFloat f ? f.value() : Double.NaN;
      if (a instanceof PyFloat && b instanceof PyFloat) {
        return Double.isNaN(x) || Double.isNaN(y) ? 2 : Double.compare(x + 0.0, y + 0.0);
      }
      double d = a instanceof PyFloat ? x : y;
      if (Double.isNaN(d)) {
        return 2;
      }
      BigInteger i = Numbers.toBig(a instanceof PyFloat ? b : a);
      int c;
      if (Double.isInfinite(d)) {
        c = d > 0 ? 1 : -1;
      } else {
        c = new BigDecimal(d).compareTo(new BigDecimal(i));
      }
      return a instanceof PyFloat ? c : -c;
    }
    return Numbers.toBig(a).compareTo(Numbers.toBig(b));
  }

  /**
   * Orders two values for {@code <} and sorting: negative, zero or positive; 2 for unordered (NaN).
   * Raises CPython's TypeError for types that do not order.
   */
  static int compare(PyValue a, PyValue b, String op) {
    if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
      return compareNumbers(a, b);
    }
    if (a instanceof PyStr x && b instanceof PyStr y) {
      return compareCodePoints(x.value(), y.value());
    }
    if (a instanceof PyTuple x && b instanceof PyTuple y) {
      return compareSeq(x.items(), y.items(), op);
    }
    if (a instanceof PyList x && b instanceof PyList y) {
      return compareSeq(x.items(), y.items(), op);
    }
    if (a instanceof PyBytes x && b instanceof PyBytes y) {
      return Arrays.compareUnsigned(x.value(), y.value());
    }
    throw PyException.typeError(
        "'"
            + op
            + "' not supported between instances of '"
            + a.typeName()
            + "' and '"
            + b.typeName()
            + "'");
  }

  private static int compareSeq(List<PyValue> x, List<PyValue> y, String op) {
    int n = Math.min(x.size(), y.size());
    for (int i = 0; i < n; i++) {
      if (!eq(x.get(i), y.get(i))) {
        return compare(x.get(i), y.get(i), op);
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  static int compareCodePoints(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int cx = x.codePointAt(i);
      int cy = y.codePointAt(j);
      if (cx != cy) {
        return Integer.compare(cx, cy);
      }
      i += Character.charCount(cx);
      j += Character.charCount(cy);
    }
    return Boolean.compare(i < x.length(), j < y.length());
  }

  /** Raises {@code TypeError: unhashable type: 'list'} for values that cannot be dict keys. */
  static PyValue hashable(PyValue key) {
    if (key instanceof PyList || key instanceof PyDict || key instanceof PySet) {
      throw PyException.typeError("unhashable type: '" + key.typeName() + "'");
    }
    if (key instanceof PyTuple t) {
      for (PyValue v : t.items()) {
        hashable(v);
      }
    }
    return key;
  }

  /**
   * The key under which {@code key} is stored in {@code map}: 1, 1.0 and True are one key in
   * Python, and the first one inserted is kept. Raises TypeError for unhashable keys.
   */
  static PyValue dictKey(Map<PyValue, ?> map, PyValue key) {
    return canonical(map.keySet(), key);
  }

  /** The element of a set equal to {@code key} (1, 1.0 and True are one element), or key. */
  static PyValue canonical(java.util.Set<PyValue> set, PyValue key) {
    hashable(key);
    if (set.contains(key) || !Numbers.isNumber(key)) {
      return key;
    }
    for (PyValue alt : numericAliases(key)) {
      if (set.contains(alt)) {
        return alt;
      }
    }
    return key;
  }

  /** Adds to a set unless an equal element is there already (the first one is kept). */
  static void setAdd(java.util.Set<PyValue> set, PyValue v) {
    set.add(canonical(set, v));
  }

  private static List<PyValue> numericAliases(PyValue key) {
    if (key instanceof PyFloat f) {
      double d = f.value();
      if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 9e15) {
        return List.of();
      }
      PyInt i = PyInt.of((long) d);
      return d == 0 || d == 1 ? List.of(i, PyBool.of(d == 1)) : List.of(i);
    }
    BigInteger b = Numbers.toBig(key);
    java.util.List<PyValue> alts = new java.util.ArrayList<>();
    if (key instanceof PyBool) {
      alts.add(new PyInt(b));
    } else if (b.signum() >= 0 && b.compareTo(BigInteger.ONE) <= 0) {
      alts.add(PyBool.of(b.signum() > 0));
    }
    if (b.bitLength() <= 53) {
      alts.add(new PyFloat(b.doubleValue()));
    }
    return alts;
  }

  /** Whether {@code needle} is an element, using == (identity first, as CPython does). */
  static boolean containsEq(Iterable<PyValue> items, PyValue needle) {
    for (PyValue v : items) {
      if (v == needle || eq(v, needle)) {
        return true;
      }
    }
    return false;
  }
}
