package migrationtutor.engine.pyeval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The evaluated arguments of a call: positional values and keyword values in call order. */
public record Args(List<PyValue> positional, Map<String, PyValue> keywords) {
  public Args {
    positional = List.copyOf(positional);
    keywords = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keywords));
  }

  /** No arguments. */
  public static Args none() {
    return new Args(List.of(), Map.of());
  }

  /** Positional arguments only. */
  public static Args of(PyValue... positional) {
    return new Args(List.of(positional), Map.of());
  }

  /** The number of positional and keyword arguments. */
  public int size() {
    return positional.size() + keywords.size();
  }

  /** The same arguments with {@code first} prepended (a bound method's {@code self}). */
  public Args prepend(PyValue first) {
    List<PyValue> all = new java.util.ArrayList<>(positional.size() + 1);
    all.add(first);
    all.addAll(positional);
    return new Args(all, keywords);
  }
}
