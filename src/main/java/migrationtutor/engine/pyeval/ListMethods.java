package migrationtutor.engine.pyeval;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/** The methods of {@code list}. */
final class ListMethods {
  static final Set<String> NAMES =
      Set.of(
          "append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse",
          "copy", "clear");

  private final Runtime rt;

  ListMethods(Runtime rt) {
    this.rt = rt;
  }

  PyValue call(PyValue self, String name, Args a) {
    List<PyValue> items = ((PyList) self).items();
    String q = "list." + name;
    if (name.equals("index")
        || name.equals("count")
        || name.equals("remove")
        || name.equals("insert")
        || name.equals("pop")
        || name.equals("reverse")) {
      // These cost time proportional to the length.
      rt.chargeWork(items.size());
    }
    switch (name) {
      case "append":
        Arity.check(q, a, 1, 1);
        rt.checkLimit(items.size() + 1L);
        items.add(a.positional().get(0));
        return PyNone.NONE;
      case "extend":
        {
          Arity.check(q, a, 1, 1);
          List<PyValue> more = Iteration.toList(rt, a.positional().get(0));
          rt.checkLimit((long) items.size() + more.size());
          items.addAll(more);
          return PyNone.NONE;
        }
      case "insert":
        {
          Arity.check(name, a, 2, 2);
          long i = Arity.intArg(a.positional().get(0));
          if (i < 0) {
            i = Math.max(0, i + items.size());
          }
          rt.checkLimit(items.size() + 1L);
          items.add((int) Math.min(i, items.size()), a.positional().get(1));
          return PyNone.NONE;
        }
      case "pop":
        {
          Arity.check(name, a, 0, 1);
          if (items.isEmpty()) {
            throw PyException.indexError("pop from empty list");
          }
          long i = Arity.intArg(Arity.arg(a, 0, PyInt.of(-1)));
          if (i < 0) {
            i += items.size();
          }
          if (i < 0 || i >= items.size()) {
            throw PyException.indexError("pop index out of range");
          }
          return items.remove((int) i);
        }
      case "remove":
        {
          Arity.check(q, a, 1, 1);
          int i = indexOf(items, a.positional().get(0), 0, items.size());
          if (i < 0) {
            throw PyException.valueError("list.remove(x): x not in list");
          }
          items.remove(i);
          return PyNone.NONE;
        }
      case "index":
        return index(items, a, "list");
      case "count":
        Arity.check(q, a, 1, 1);
        return count(items, a.positional().get(0));
      case "sort":
        {
          if (!a.positional().isEmpty()) {
            throw PyException.typeError("sort() takes no positional arguments");
          }
          Arity.keywords("sort", a, "key", "reverse");
          PyValue key = a.keywords().getOrDefault("key", PyNone.NONE);
          boolean reverse = a.keywords().getOrDefault("reverse", PyBool.FALSE).truthy();
          Sorting.sort(rt, items, key, reverse);
          return PyNone.NONE;
        }
      case "reverse":
        Arity.check(q, a, 0, 0);
        Collections.reverse(items);
        return PyNone.NONE;
      case "copy":
        Arity.check(q, a, 0, 0);
        rt.chargeSize(items.size());
        return new PyList(items);
      default:
        Arity.check(q, a, 0, 0);
        items.clear();
        return PyNone.NONE;
    }
  }

  static int indexOf(List<PyValue> items, PyValue x, int start, int end) {
    for (int i = start; i < end && i < items.size(); i++) {
      if (items.get(i) == x || Values.eq(items.get(i), x)) {
        return i;
      }
    }
    return -1;
  }

  static PyValue index(List<PyValue> items, Args a, String type) {
    Arity.check("index", a, 1, 3);
    long[] b =
        Subscripts.sliceIndices(
            Arity.arg(a, 1, PyNone.NONE), Arity.arg(a, 2, PyNone.NONE), PyNone.NONE, items.size());
    int i = indexOf(items, a.positional().get(0), (int) b[0], (int) b[1]);
    if (i < 0) {
      throw PyException.valueError(
          type.equals("list")
              ? a.positional().get(0).repr() + " is not in list"
              : "tuple.index(x): x not in tuple");
    }
    return PyInt.of(i);
  }

  static PyValue count(List<PyValue> items, PyValue x) {
    long n = 0;
    for (PyValue v : items) {
      if (v == x || Values.eq(v, x)) {
        n++;
      }
    }
    return PyInt.of(n);
  }
}
