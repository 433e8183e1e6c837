package migrationtutor.engine.pyeval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python {@code dict} in insertion order. Keys are hashable values: str, int, bool, None, float,
 * bytes and tuples of them (records and enums give the right equality).
 */
public final class PyDict implements PyValue {
  private final Map<PyValue, PyValue> entries;

  public PyDict(Map<PyValue, PyValue> entries) {
    this.entries = new LinkedHashMap<>(entries);
  }

  /** An empty dict. */
  public PyDict() {
    this(Map.of());
  }

  /** The live entries. */
  public Map<PyValue, PyValue> entries() {
    return entries;
  }

  @Override
  public String typeName() {
    return "dict";
  }

  @Override
  public boolean truthy() {
    return !entries.isEmpty();
  }

  @Override
  public String repr() {
    if (!ReprGuard.enter(this)) {
      return "{...}";
    }
    try {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<PyValue, PyValue> e : entries.entrySet()) {
        sb.append(first ? "" : ", ")
            .append(e.getKey().repr())
            .append(": ")
            .append(e.getValue().repr());
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
