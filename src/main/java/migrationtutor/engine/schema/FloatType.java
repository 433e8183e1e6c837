package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.Float}, {@code sa.FLOAT}, {@code sa.REAL}; SQLite DDL ignores the precision.
 *
 * @param className the class name
 * @param precision {@code precision=}, or null
 * @param asdecimal {@code asdecimal=} (default False)
 * @param decimalReturnScale {@code decimal_return_scale=}, or null
 */
public record FloatType(
    String className, Integer precision, boolean asdecimal, Integer decimalReturnScale)
    implements SqlType {
  private static final Set<String> NAMES = Set.of("Float", "FLOAT", "REAL");

  /** Validates the class name. */
  public FloatType {
    TypeNames.require("FloatType", className, NAMES);
  }

  /** A plain {@code sa.Float()} and the like. */
  public FloatType(String className) {
    this(className, null, false, null);
  }

  @Override
  public String pythonRepr() {
    return new ReprBuilder(className)
        .keyword("precision", precision, null)
        .keyword("asdecimal", asdecimal, false)
        .keyword("decimal_return_scale", decimalReturnScale, null)
        .build();
  }
}
