package migrationtutor.engine.pyeval;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A Python {@code set}. Elements keep insertion order, so repr() can differ from CPython's hash
 * order for sets of several elements; membership and equality are Python's.
 */
public final class PySet implements PyValue {
  private final Set<PyValue> items;

  public PySet(Collection<PyValue> items) {
    this.items = new LinkedHashSet<>(items);
  }

  /** The live elements. */
  public Set<PyValue> items() {
    return items;
  }

  @Override
  public String typeName() {
    return "set";
  }

  @Override
  public boolean truthy() {
    return !items.isEmpty();
  }

  @Override
  public String repr() {
    if (items.isEmpty()) {
      return "set()";
    }
    if (!ReprGuard.enter(this)) {
      return "{...}";
    }
    try {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (PyValue v : items) {
        sb.append(first ? "" : ", ").append(v.repr());
        first = false;
      }
      return sb.append('}').toString();
    } finally {
      ReprGuard.leave(this);
    }
  }

  @Override
  public String toString() {
    return repr();
  }
}
