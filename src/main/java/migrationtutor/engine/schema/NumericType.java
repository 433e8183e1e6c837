package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.Numeric}, {@code sa.NUMERIC}, {@code sa.DECIMAL}.
 *
 * @param className the class name
 * @param precision {@code precision=}, or null
 * @param scale {@code scale=}, or null
 * @param decimalReturnScale {@code decimal_return_scale=}, or null
 * @param asdecimal {@code asdecimal=} (default True)
 */
public record NumericType(
    String className,
    Integer precision,
    Integer scale,
    Integer decimalReturnScale,
    boolean asdecimal)
    implements SqlType {
  private static final Set<String> NAMES = Set.of("Numeric", "NUMERIC", "DECIMAL");

  /** Validates the class name. */
  public NumericType {
    TypeNames.require("NumericType", className, NAMES);
  }

  /** {@code sa.Numeric(precision, scale)} with the other arguments at their defaults. */
  public NumericType(String className, Integer precision, Integer scale) {
    this(className, precision, scale, null, true);
  }

  @Override
  public String pythonRepr() {
    return new ReprBuilder(className)
        .keyword("precision", precision, null)
        .keyword("scale", scale, null)
        .keyword("decimal_return_scale", decimalReturnScale, null)
        .keyword("asdecimal", asdecimal, true)
        .build();
  }
}
