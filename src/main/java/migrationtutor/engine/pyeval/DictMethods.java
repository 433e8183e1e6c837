package migrationtutor.engine.pyeval;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The methods of {@code dict}. */
final class DictMethods {
  static final Set<String> NAMES =
      Set.of(
          "get",
          "keys",
          "values",
          "items",
          "update",
          "pop",
          "popitem",
          "setdefault",
          "copy",
          "clear");

  private final Runtime rt;

  DictMethods(Runtime rt) {
    this.rt = rt;
  }

  PyValue call(PyValue self, String name, Args a) {
    PyDict d = (PyDict) self;
    Map<PyValue, PyValue> m = d.entries();
    String q = "dict." + name;
    switch (name) {
      case "get":
        {
          Arity.check(name, a, 1, 2);
          PyValue v = m.get(Values.dictKey(m, a.positional().get(0)));
          return v != null ? v : Arity.arg(a, 1, PyNone.NONE);
        }
      case "keys":
      case "values":
      case "items":
        Arity.check(q, a, 0, 0);
        return new DictView(d, name);
      case "update":
        if (a.positional().size() > 1) {
          throw PyException.typeError(
              "update expected at most 1 argument, got " + a.positional().size());
        }
        if (!a.positional().isEmpty()) {
          update(rt, m, a.positional().get(0));
        }
        for (Map.Entry<String, PyValue> kw : a.keywords().entrySet()) {
          m.put(Values.dictKey(m, new PyStr(kw.getKey())), kw.getValue());
        }
        rt.checkLimit(m.size());
        return PyNone.NONE;
      case "pop":
        {
          Arity.check(name, a, 1, 2);
          PyValue key = a.positional().get(0);
          PyValue v = m.remove(Values.dictKey(m, key));
          if (v != null) {
            return v;
          }
          if (a.positional().size() == 2) {
            return a.positional().get(1);
          }
          throw PyException.keyError(key);
        }
      case "popitem":
        {
          Arity.check(q, a, 0, 0);
          if (m.isEmpty()) {
            throw PyException.keyError(new PyStr("popitem(): dictionary is empty"));
          }
          PyValue last = null;
          for (PyValue k : m.keySet()) {
            last = k;
          }
          return new PyTuple(List.of(last, m.remove(last)));
        }
      case "setdefault":
        {
          Arity.check(name, a, 1, 2);
          PyValue key = Values.dictKey(m, a.positional().get(0));
          PyValue v = m.get(key);
          if (v == null) {
            v = Arity.arg(a, 1, PyNone.NONE);
            m.put(key, v);
            rt.checkLimit(m.size());
          }
          return v;
        }
      case "copy":
        Arity.check(q, a, 0, 0);
        rt.chargeSize(m.size());
        return new PyDict(m);
      default:
        Arity.check(q, a, 0, 0);
        m.clear();
        return PyNone.NONE;
    }
  }

  /** dict.update(other) / dict(other): a dict, or an iterable of key/value pairs. */
  static void update(Runtime rt, Map<PyValue, PyValue> m, PyValue other) {
    if (other instanceof PyDict od) {
      for (Map.Entry<PyValue, PyValue> e : od.entries().entrySet()) {
        m.put(Values.dictKey(m, e.getKey()), e.getValue());
      }
      return;
    }
    Iterator<PyValue> it = Iteration.iterate(rt, other);
    int index = 0;
    while (it.hasNext()) {
      PyValue pair = it.next();
      List<PyValue> kv;
      if (pair instanceof PyTuple || pair instanceof PyList || pair instanceof PyStr) {
        kv = Iteration.toList(rt, pair);
      } else {
        throw PyException.typeError(
            "cannot convert dictionary update sequence element #" + index + " to a sequence");
      }
      if (kv.size() != 2) {
        throw PyException.valueError(
            "dictionary update sequence element #"
                + index
                + " has length "
                + kv.size()
                + "; 2 is required");
      }
      m.put(Values.dictKey(m, kv.get(0)), kv.get(1));
      rt.checkLimit(m.size());
      index++;
    }
  }
}
