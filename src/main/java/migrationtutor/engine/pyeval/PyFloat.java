package migrationtutor.engine.pyeval;

/** A Python {@code float}. */
public record PyFloat(double value) implements PyValue {
  @Override
  public String typeName() {
    return "float";
  }

  @Override
  public boolean truthy() {
    return value != 0.0;
  }

  @Override
  public String repr() {
    return FloatRepr.of(value);
  }
}
