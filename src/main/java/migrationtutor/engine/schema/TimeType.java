package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.Time}, {@code sa.TIME} and {@code sqlite.TIME}.
 *
 * @param module {@link TypeModule#SQLITE} only for {@code sqlite.TIME}
 * @param className {@code Time} or {@code TIME}
 * @param timezone {@code timezone=} (no effect on SQLite DDL)
 */
public record TimeType(TypeModule module, String className, boolean timezone) implements SqlType {
  private static final Set<String> NAMES = Set.of("Time", "TIME");

  /** Validates the class name and module. */
  public TimeType {
    TypeNames.require("TimeType", className, NAMES);
    TypeNames.requireModule(className, module, "TIME");
  }

  /** A {@code sqlalchemy.types} class. */
  public TimeType(String className, boolean timezone) {
    this(TypeModule.SQLALCHEMY, className, timezone);
  }

  @Override
  public String pythonRepr() {
    if (module == TypeModule.SQLITE) {
      return className + "()";
    }
    return new ReprBuilder(className).keyword("timezone", timezone, false).build();
  }
}
