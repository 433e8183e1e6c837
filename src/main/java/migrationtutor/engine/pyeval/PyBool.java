package migrationtutor.engine.pyeval;

/** Python's {@code True} and {@code False}. */
public enum PyBool implements PyValue {
  FALSE,
  TRUE;

  /** The PyBool for a Java boolean. */
  public static PyBool of(boolean b) {
    return b ? TRUE : FALSE;
  }

  /** The Java boolean. */
  public boolean value() {
    return this == TRUE;
  }

  @Override
  public String typeName() {
    return "bool";
  }

  @Override
  public boolean truthy() {
    return value();
  }

  @Override
  public String repr() {
    return value() ? "True" : "False";
  }
}
