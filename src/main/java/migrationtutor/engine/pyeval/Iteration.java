package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Iterating values as a Python {@code for} loop does. */
final class Iteration {
  private Iteration() {}

  /**
   * An iterator over a value: list and tuple elements, str characters, dict keys, set elements,
   * bytes as ints, a native's iterate(); an unknown value yields nothing (with a note).
   */
  static Iterator<PyValue> iterate(Runtime rt, PyValue v) {
    if (v instanceof PyList l) {
      return live(l.items());
    }
    if (v instanceof PyTuple t) {
      return t.items().iterator();
    }
    if (v instanceof PyStr s) {
      return characters(s.value());
    }
    if (v instanceof PyDict d) {
      return checked(d.entries().keySet(), "dictionary");
    }
    if (v instanceof PySet s) {
      return checked(s.items(), "Set");
    }
    if (v instanceof PyBytes b) {
      List<PyValue> ints = new ArrayList<>();
      for (byte x : b.value()) {
        ints.add(PyInt.of(x & 0xff));
      }
      return ints.iterator();
    }
    if (v instanceof PyNative n) {
      Iterator<PyValue> it = n.iterate();
      if (it == null) {
        return Collections.emptyIterator();
      }
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public PyValue next() {
          return Subscripts.orNone(it.next());
        }
      };
    }
    if (v instanceof PyUnknown u) {
      rt.note(
          null,
          null,
          "the tutor cannot know the elements of "
              + u.origin()
              + "; a loop over it runs zero times");
      return Collections.emptyIterator();
    }
    throw PyException.typeError("'" + v.typeName() + "' object is not iterable");
  }

  /** All elements of an iterable, within the size limit. */
  static List<PyValue> toList(Runtime rt, PyValue v) {
    if (v instanceof PyList l) {
      rt.chargeSize(l.items().size());
      return new ArrayList<>(l.items());
    }
    if (v instanceof PyTuple t) {
      rt.chargeSize(t.items().size());
      return t.items();
    }
    if (v instanceof PyRange r) {
      rt.checkLimit(r.size().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue());
    }
    List<PyValue> out = new ArrayList<>();
    Iterator<PyValue> it = iterate(rt, v);
    while (it.hasNext()) {
      out.add(it.next());
      rt.checkLimit(out.size());
      rt.chargeSize(1);
    }
    return out;
  }

  private static Iterator<PyValue> live(List<PyValue> items) {
    // Python iterates a list by index, so appending while looping is seen by the loop.
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < items.size();
      }

      @Override
      public PyValue next() {
        if (i >= items.size()) {
          throw new NoSuchElementException();
        }
        return items.get(i++);
      }
    };
  }

  private static Iterator<PyValue> characters(String s) {
    return new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < s.length();
      }

      @Override
      public PyValue next() {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        return new PyStr(new String(Character.toChars(cp)));
      }
    };
  }

  private static Iterator<PyValue> checked(java.util.Collection<PyValue> c, String what) {
    // CPython: "RuntimeError: dictionary changed size during iteration".
    Iterator<PyValue> snapshot = new ArrayList<>(c).iterator();
    int size = c.size();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        if (c.size() != size) {
          throw new PyException("RuntimeError", what + " changed size during iteration");
        }
        return snapshot.hasNext();
      }

      @Override
      public PyValue next() {
        return snapshot.next();
      }
    };
  }
}
