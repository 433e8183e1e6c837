package migrationtutor.engine.schema;

/**
 * SQLAlchemy's {@code NullType}: the type of a column given no type, e.g. {@code sa.column('x')} in
 * a {@code bulk_insert} table. It has no DDL.
 */
public record NullType() implements SqlType {
  @Override
  public String className() {
    return "NullType";
  }

  @Override
  public String pythonRepr() {
    return "NullType()";
  }
}
