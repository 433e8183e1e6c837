package migrationtutor.engine.schema;

/**
 * {@code sa.JSON} or {@code sqlite.JSON}.
 *
 * @param module which of the two classes
 * @param noneAsNull {@code none_as_null=}: store Python None as SQL NULL rather than {@code 'null'}
 */
public record JsonType(TypeModule module, boolean noneAsNull) implements SqlType {
  /** Validates the module. */
  public JsonType {
    TypeNames.requireModule("JSON", module, "JSON");
  }

  @Override
  public String className() {
    return "JSON";
  }

  @Override
  public String pythonRepr() {
    return new ReprBuilder("JSON").keyword("none_as_null", noneAsNull, false).build();
  }
}
