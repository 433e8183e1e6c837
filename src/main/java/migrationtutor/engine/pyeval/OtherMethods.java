package migrationtutor.engine.pyeval;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The methods of tuple, set, bytes, int and float that scripts use. */
final class OtherMethods {
  private static final Map<String, Set<String>> NAMES =
      Map.of(
          "tuple", Set.of("index", "count"),
          "set",
              Set.of(
                  "add",
                  "discard",
                  "remove",
                  "update",
                  "union",
                  "intersection",
                  "difference",
                  "copy",
                  "clear",
                  "pop",
                  "issubset",
                  "issuperset"),
          "bytes", Set.of("decode"),
          "int", Set.of("bit_length"),
          "float", Set.of("is_integer"));

  private final Runtime rt;

  OtherMethods(Runtime rt) {
    this.rt = rt;
  }

  boolean has(String typeName, String name) {
    Set<String> names = NAMES.get(typeName);
    return names != null && names.contains(name);
  }

  PyValue call(PyValue self, String name, Args a) {
    String q = self.typeName() + "." + name;
    if (self instanceof PyTuple t) {
      rt.chargeWork(t.items().size());
      if (name.equals("index")) {
        return ListMethods.index(t.items(), a, "tuple");
      }
      Arity.check(q, a, 1, 1);
      return ListMethods.count(t.items(), a.positional().get(0));
    }
    if (self instanceof PySet s) {
      return set(s, name, a, q);
    }
    if (self instanceof PyBytes b) {
      Arity.keywords(name, a, "encoding", "errors");
      return new PyStr(new String(b.value(), StandardCharsets.UTF_8));
    }
    Arity.check(q, a, 0, 0);
    if (self instanceof PyFloat f) {
      return PyBool.of(f.value() == Math.rint(f.value()) && !Double.isInfinite(f.value()));
    }
    return PyInt.of(Numbers.toBig(self).abs().bitLength());
  }

  private PyValue set(PySet s, String name, Args a, String q) {
    Set<PyValue> items = s.items();
    if (!name.equals("add") && !name.equals("discard") && !name.equals("remove")) {
      rt.chargeSize(items.size());
    }
    switch (name) {
      case "add":
        Arity.check(q, a, 1, 1);
        Values.setAdd(items, a.positional().get(0));
        rt.checkLimit(items.size());
        return PyNone.NONE;
      case "discard":
      case "remove":
        {
          Arity.check(q, a, 1, 1);
          PyValue v = Values.canonical(items, a.positional().get(0));
          if (!items.remove(v) && name.equals("remove")) {
            throw PyException.keyError(v);
          }
          return PyNone.NONE;
        }
      case "update":
        for (PyValue other : a.positional()) {
          for (PyValue v : Iteration.toList(rt, other)) {
            Values.setAdd(items, v);
          }
        }
        rt.checkLimit(items.size());
        return PyNone.NONE;
      case "union":
      case "intersection":
      case "difference":
        {
          Set<PyValue> out = new LinkedHashSet<>(items);
          for (PyValue other : a.positional()) {
            List<PyValue> vs = Iteration.toList(rt, other);
            if (name.equals("union")) {
              out.addAll(vs);
            } else if (name.equals("intersection")) {
              out.retainAll(vs);
            } else {
              vs.forEach(out::remove);
            }
          }
          return new PySet(out);
        }
      case "copy":
        Arity.check(q, a, 0, 0);
        return new PySet(items);
      case "clear":
        Arity.check(q, a, 0, 0);
        items.clear();
        return PyNone.NONE;
      case "pop":
        {
          Arity.check(q, a, 0, 0);
          if (items.isEmpty()) {
            throw PyException.keyError(new PyStr("pop from an empty set"));
          }
          PyValue first = items.iterator().next();
          items.remove(first);
          return first;
        }
      default:
        {
          Arity.check(q, a, 1, 1);
          List<PyValue> other = Iteration.toList(rt, a.positional().get(0));
          return PyBool.of(
              name.equals("issubset") ? other.containsAll(items) : items.containsAll(other));
        }
    }
  }
}
