package migrationtutor.engine.schema;

import java.util.Set;

/**
 * The string types: {@code String}, {@code Text}, {@code Unicode}, {@code UnicodeText} and the
 * uppercase {@code VARCHAR}, {@code NVARCHAR}, {@code CHAR}, {@code NCHAR}, {@code TEXT}, {@code
 * CLOB}.
 *
 * @param className the SQLAlchemy class name
 * @param length {@code length=}, or null
 * @param collation {@code collation=}, or null
 */
public record StringType(String className, Integer length, String collation) implements SqlType {
  private static final Set<String> NAMES =
      Set.of(
          "String",
          "Text",
          "Unicode",
          "UnicodeText",
          "VARCHAR",
          "NVARCHAR",
          "CHAR",
          "NCHAR",
          "TEXT",
          "CLOB");
  // Unicode.__init__(self, length=None, **kwargs): generic_repr shows only what the own
  // signature names, so collation never appears in these reprs.
  private static final Set<String> LENGTH_ONLY_REPR =
      Set.of("Unicode", "UnicodeText", "NVARCHAR", "NCHAR");

  /** Validates the class name. */
  public StringType {
    TypeNames.require("StringType", className, NAMES);
  }

  /** A type without length or collation, e.g. {@code sa.String()}. */
  public StringType(String className) {
    this(className, null, null);
  }

  /** A type with a length, e.g. {@code sa.String(50)}. */
  public StringType(String className, Integer length) {
    this(className, length, null);
  }

  @Override
  public String pythonRepr() {
    ReprBuilder repr = new ReprBuilder(className).keyword("length", length, null);
    if (!LENGTH_ONLY_REPR.contains(className)) {
      repr.keyword("collation", collation, null);
    }
    return repr.build();
  }
}
