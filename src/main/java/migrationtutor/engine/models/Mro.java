package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyValue;

/**
 * A class's {@code __mro__} by C3 linearisation over the classes scripts defined; a declarative
 * base stands for itself followed by its {@code cls=} class, and any other base (an unknown value,
 * a native) ends its branch.
 */
final class Mro {
  private Mro() {}

  static List<PyValue> of(PyValue cls) {
    return of(cls, new IdentityHashMap<>());
  }

  private static List<PyValue> of(PyValue cls, Map<PyValue, List<PyValue>> memo) {
    List<PyValue> known = memo.get(cls);
    if (known != null) {
      return known;
    }
    List<PyValue> bases = bases(cls);
    List<List<PyValue>> seqs = new ArrayList<>();
    for (PyValue b : bases) {
      seqs.add(new ArrayList<>(of(b, memo)));
    }
    seqs.add(new ArrayList<>(bases));
    List<PyValue> out = new ArrayList<>();
    out.add(cls);
    List<PyValue> merged = merge(seqs);
    if (merged == null) {
      // Python would have refused the class statement; keep a depth-first order instead.
      merged = new ArrayList<>();
      for (List<PyValue> s : seqs) {
        for (PyValue v : s) {
          if (merged.stream().noneMatch(m -> m == v)) {
            merged.add(v);
          }
        }
      }
    }
    out.addAll(merged);
    memo.put(cls, out);
    return out;
  }

  private static List<PyValue> bases(PyValue cls) {
    if (cls instanceof PyClass c) {
      return c.bases();
    } else if (cls instanceof DeclarativeBaseValue d && d.mixin() != null) {
      return List.of(d.mixin());
    }
    return List.of();
  }

  private static List<PyValue> merge(List<List<PyValue>> seqs) {
    List<PyValue> out = new ArrayList<>();
    while (true) {
      seqs.removeIf(List::isEmpty);
      if (seqs.isEmpty()) {
        return out;
      }
      PyValue head = null;
      for (List<PyValue> s : seqs) {
        PyValue candidate = s.get(0);
        boolean inTail =
            seqs.stream()
                .anyMatch(t -> t.subList(1, t.size()).stream().anyMatch(v -> v == candidate));
        if (!inTail) {
          head = candidate;
          break;
        }
      }
      if (head == null) {
        return null;
      }
      out.add(head);
      for (List<PyValue> s : seqs) {
        if (s.get(0) == head) {
          s.remove(0);
        }
      }
    }
  }
}
