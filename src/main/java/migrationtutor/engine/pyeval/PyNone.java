package migrationtutor.engine.pyeval;

/** Python's {@code None}. */
public enum PyNone implements PyValue {
  NONE;

  @Override
  public String typeName() {
    return "NoneType";
  }

  @Override
  public boolean truthy() {
    return false;
  }

  @Override
  public String repr() {
    return "None";
  }
}
