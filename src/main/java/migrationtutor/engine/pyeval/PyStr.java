package migrationtutor.engine.pyeval;

import migrationtutor.engine.util.PythonRepr;

/** A Python {@code str}. */
public record PyStr(String value) implements PyValue {
  public PyStr {
    java.util.Objects.requireNonNull(value);
  }

  @Override
  public String typeName() {
    return "str";
  }

  @Override
  public boolean truthy() {
    return !value.isEmpty();
  }

  @Override
  public String repr() {
    return PythonRepr.ofString(value);
  }

  @Override
  public String str() {
    return value;
  }
}
