package migrationtutor.engine.schema;

/** {@code sa.PickleType()}: a BLOB holding pickled Python objects. */
public record PickleType() implements SqlType {
  @Override
  public String className() {
    return "PickleType";
  }

  @Override
  public String pythonRepr() {
    return "PickleType()";
  }
}
