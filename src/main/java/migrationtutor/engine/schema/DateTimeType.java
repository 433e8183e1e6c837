package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.DateTime}, {@code sa.DATETIME}, {@code sa.TIMESTAMP} and {@code sqlite.DATETIME}.
 *
 * @param module {@link TypeModule#SQLITE} only for {@code sqlite.DATETIME}
 * @param className the class name
 * @param timezone {@code timezone=} (no effect on SQLite DDL)
 */
public record DateTimeType(TypeModule module, String className, boolean timezone)
    implements SqlType {
  private static final Set<String> NAMES = Set.of("DateTime", "DATETIME", "TIMESTAMP");

  /** Validates the class name and module. */
  public DateTimeType {
    TypeNames.require("DateTimeType", className, NAMES);
    TypeNames.requireModule(className, module, "DATETIME");
  }

  /** A {@code sqlalchemy.types} class. */
  public DateTimeType(String className, boolean timezone) {
    this(TypeModule.SQLALCHEMY, className, timezone);
  }

  @Override
  public String pythonRepr() {
    if (module == TypeModule.SQLITE) {
      // sqlite.DATETIME.__init__(self, *args, **kwargs) names no arguments for generic_repr.
      return className + "()";
    }
    return new ReprBuilder(className).keyword("timezone", timezone, false).build();
  }
}
