package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.List;

/** {@code obj[key]}, {@code obj[a:b:c]}, and their assignment and deletion. */
final class Subscripts {
  private Subscripts() {}

  static PyValue get(Runtime rt, PyValue obj, PyValue key) {
    if (obj instanceof PyList l) {
      return l.items().get(index(key, l.items().size(), "list", "list index out of range"));
    }
    if (obj instanceof PyTuple t) {
      return t.items().get(index(key, t.items().size(), "tuple", "tuple index out of range"));
    }
    if (obj instanceof PyStr s) {
      if (s.isBmp()) {
        String v = s.value();
        int i = index(key, v.length(), "string", "string index out of range");
        return new PyStr(String.valueOf(v.charAt(i)));
      }
      rt.chargeSize(s.value().length());
      int[] cps = s.value().codePoints().toArray();
      int i = index(key, cps.length, "string", "string index out of range");
      return new PyStr(new String(cps, i, 1));
    }
    if (obj instanceof PyDict d) {
      PyValue v = d.entries().get(Values.dictKey(d.entries(), key));
      if (v == null) {
        throw PyException.keyError(key);
      }
      return v;
    }
    if (obj instanceof PyBytes b) {
      byte[] bs = b.value();
      return PyInt.of(bs[index(key, bs.length, "byte", "index out of range")] & 0xff);
    }
    if (obj instanceof PyNative n) {
      return orNone(n.item(key));
    }
    if (obj instanceof PyUnknown u) {
      return new PyUnknown(u.origin() + "[" + key.repr() + "]");
    }
    throw PyException.typeError("'" + obj.typeName() + "' object is not subscriptable");
  }

  /** A binding's null answer is None. */
  static PyValue orNone(PyValue v) {
    return v == null ? PyNone.NONE : v;
  }

  /** A normalized index; CPython's messages for wrong types and out-of-range indices. */
  private static int index(PyValue key, int size, String what, String outOfRange) {
    if (!Numbers.isInt(key)) {
      // CPython 3.11 quotes the type only in the str message.
      throw PyException.typeError(
          what.equals("string")
              ? "string indices must be integers, not '" + key.typeName() + "'"
              : what + " indices must be integers or slices, not " + key.typeName());
    }
    long i = Numbers.toLong(key);
    if (i < 0) {
      i += size;
    }
    if (i < 0 || i >= size) {
      throw PyException.indexError(outOfRange);
    }
    return (int) i;
  }

  /** start, stop, step and length of a slice over a sequence, as PySlice_AdjustIndices. */
  static long[] sliceIndices(PyValue lower, PyValue upper, PyValue step, int size) {
    long st = step == PyNone.NONE ? 1 : bound(step);
    if (st == 0) {
      throw PyException.valueError("slice step cannot be zero");
    }
    long lo;
    long hi;
    if (st > 0) {
      lo = lower == PyNone.NONE ? 0 : clamp(bound(lower), size, 0, size);
      hi = upper == PyNone.NONE ? size : clamp(bound(upper), size, 0, size);
    } else {
      lo = lower == PyNone.NONE ? size - 1 : clamp(bound(lower), size, -1, size - 1);
      hi = upper == PyNone.NONE ? -1 : clamp(bound(upper), size, -1, size - 1);
    }
    long len;
    if (st > 0) {
      len = hi > lo ? (hi - lo - 1) / st + 1 : 0;
    } else {
      len = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
    }
    return new long[] {lo, hi, st, len};
  }

  private static long bound(PyValue v) {
    if (!Numbers.isInt(v)) {
      throw PyException.typeError(
          "slice indices must be integers or None or have an __index__ method");
    }
    return Numbers.toLong(v);
  }

  private static long clamp(long i, int size, long min, long max) {
    if (i < 0) {
      i += size;
    }
    return Math.max(min, Math.min(max, i));
  }

  static PyValue getSlice(Runtime rt, PyValue obj, PyValue lower, PyValue upper, PyValue step) {
    if (obj instanceof PyUnknown u) {
      return new PyUnknown(u.origin() + "[...]");
    }
    if (obj instanceof PyStr s && s.isBmp()) {
      String v = s.value();
      long[] ix = sliceIndices(lower, upper, step, v.length());
      rt.chargeSize(ix[3]);
      if (ix[2] == 1) {
        return new PyStr(ix[3] == 0 ? "" : v.substring((int) ix[0], (int) (ix[0] + ix[3])));
      }
      StringBuilder sb = new StringBuilder((int) ix[3]);
      for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
        sb.append(v.charAt((int) i));
      }
      return new PyStr(sb.toString());
    }
    if (obj instanceof PyStr s) {
      rt.chargeSize(s.value().length());
      int[] cps = s.value().codePoints().toArray();
      long[] ix = sliceIndices(lower, upper, step, cps.length);
      StringBuilder sb = new StringBuilder();
      for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
        sb.appendCodePoint(cps[(int) i]);
      }
      return new PyStr(sb.toString());
    }
    List<PyValue> items;
    if (obj instanceof PyList l) {
      items = l.items();
    } else if (obj instanceof PyTuple t) {
      items = t.items();
    } else if (obj instanceof PyNative n) {
      return n.item(new PyTuple(List.of(lower, upper, step)));
    } else {
      throw PyException.typeError("'" + obj.typeName() + "' object is not subscriptable");
    }
    long[] ix = sliceIndices(lower, upper, step, items.size());
    rt.chargeSize(ix[3]);
    List<PyValue> out = new ArrayList<>((int) ix[3]);
    for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
      out.add(items.get((int) i));
    }
    return obj instanceof PyList ? new PyList(out) : new PyTuple(out);
  }

  static void set(Runtime rt, PyValue obj, PyValue key, PyValue value) {
    if (obj instanceof PyList l) {
      l.items()
          .set(index(key, l.items().size(), "list", "list assignment index out of range"), value);
    } else if (obj instanceof PyDict d) {
      d.entries().put(Values.dictKey(d.entries(), key), value);
      rt.checkLimit(d.entries().size());
    } else if (obj instanceof PyNative n) {
      n.setItem(key, value);
    } else if (!(obj instanceof PyUnknown)) {
      throw PyException.typeError(
          "'" + obj.typeName() + "' object does not support item assignment");
    }
  }

  static void setSlice(
      Runtime rt, PyValue obj, PyValue lower, PyValue upper, PyValue step, PyValue value) {
    if (obj instanceof PyUnknown) {
      return;
    }
    if (!(obj instanceof PyList l)) {
      throw PyException.typeError(
          "'" + obj.typeName() + "' object does not support item assignment");
    }
    List<PyValue> items = l.items();
    List<PyValue> repl = Iteration.toList(rt, value);
    long[] ix = sliceIndices(lower, upper, step, items.size());
    if (ix[2] == 1) {
      int lo = (int) ix[0];
      int hi = (int) Math.max(ix[0], ix[1]);
      rt.checkLimit((long) items.size() - (hi - lo) + repl.size());
      items.subList(lo, hi).clear();
      items.addAll(lo, repl);
      return;
    }
    if (repl.size() != ix[3]) {
      throw PyException.valueError(
          "attempt to assign sequence of size "
              + repl.size()
              + " to extended slice of size "
              + ix[3]);
    }
    for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
      items.set((int) i, repl.get((int) k));
    }
  }

  static void delete(Runtime rt, PyValue obj, PyValue key) {
    if (obj instanceof PyList l) {
      l.items().remove(index(key, l.items().size(), "list", "list assignment index out of range"));
    } else if (obj instanceof PyDict d) {
      if (d.entries().remove(Values.dictKey(d.entries(), key)) == null) {
        throw PyException.keyError(key);
      }
    } else if (!(obj instanceof PyUnknown)) {
      throw PyException.typeError("'" + obj.typeName() + "' object doesn't support item deletion");
    }
  }

  static void deleteSlice(Runtime rt, PyValue obj, PyValue lower, PyValue upper, PyValue step) {
    if (!(obj instanceof PyList l)) {
      if (obj instanceof PyUnknown) {
        return;
      }
      throw PyException.typeError("'" + obj.typeName() + "' object doesn't support item deletion");
    }
    long[] ix = sliceIndices(lower, upper, step, l.items().size());
    List<Integer> doomed = new ArrayList<>();
    for (long k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
      doomed.add((int) i);
    }
    doomed.sort(null);
    for (int k = doomed.size() - 1; k >= 0; k--) {
      l.items().remove((int) doomed.get(k));
    }
    rt.chargeSize(doomed.size());
  }
}
