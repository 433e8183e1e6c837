package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.List;

/** A Python {@code list} (mutable, compared by identity like any mutable Python object). */
public final class PyList implements PyValue {
  private final List<PyValue> items;

  public PyList(List<PyValue> items) {
    this.items = new ArrayList<>(items);
  }

  /** The live element list. */
  public List<PyValue> items() {
    return items;
  }

  @Override
  public String typeName() {
    return "list";
  }

  @Override
  public boolean truthy() {
    return !items.isEmpty();
  }

  @Override
  public String repr() {
    if (!ReprGuard.enter(this)) {
      return "[...]";
    }
    try {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(items.get(i).repr());
      }
      return sb.append(']').toString();
    } finally {
      ReprGuard.leave(this);
    }
  }

  @Override
  public String toString() {
    return repr();
  }
}
