package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.LargeBinary}, {@code sa.BLOB}, {@code sa.BINARY}, {@code sa.VARBINARY}.
 *
 * @param className the class name
 * @param length {@code length=}, or null (SQLite's BLOB ignores it)
 */
public record BinaryType(String className, Integer length) implements SqlType {
  private static final Set<String> NAMES = Set.of("LargeBinary", "BLOB", "BINARY", "VARBINARY");

  /** Validates the class name. */
  public BinaryType {
    TypeNames.require("BinaryType", className, NAMES);
  }

  @Override
  public String pythonRepr() {
    return new ReprBuilder(className).keyword("length", length, null).build();
  }
}
