package migrationtutor.engine.pyeval;

import java.util.List;

/** A Python {@code tuple}. */
public record PyTuple(List<PyValue> items) implements PyValue {
  public PyTuple {
    items = List.copyOf(items);
  }

  @Override
  public String typeName() {
    return "tuple";
  }

  @Override
  public boolean truthy() {
    return !items.isEmpty();
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      sb.append(i > 0 ? ", " : "").append(items.get(i).repr());
    }
    return sb.append(items.size() == 1 ? ",)" : ")").toString();
  }
}
