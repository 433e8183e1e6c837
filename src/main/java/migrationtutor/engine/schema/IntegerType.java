package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.Integer}, {@code sa.BigInteger}, {@code sa.SmallInteger} and the uppercase {@code
 * INTEGER}, {@code BIGINT}, {@code SMALLINT} ({@code sa.INT} is {@code INTEGER}).
 *
 * @param className the SQLAlchemy class name
 */
public record IntegerType(String className) implements SqlType {
  private static final Set<String> NAMES =
      Set.of("Integer", "BigInteger", "SmallInteger", "INTEGER", "BIGINT", "SMALLINT");

  /** Validates the class name. */
  public IntegerType {
    TypeNames.require("IntegerType", className, NAMES);
  }

  @Override
  public String pythonRepr() {
    return className + "()";
  }
}
