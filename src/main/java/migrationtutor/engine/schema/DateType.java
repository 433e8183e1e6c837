package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.Date}, {@code sa.DATE} and {@code sqlite.DATE}.
 *
 * @param module {@link TypeModule#SQLITE} only for {@code sqlite.DATE}
 * @param className {@code Date} or {@code DATE}
 */
public record DateType(TypeModule module, String className) implements SqlType {
  private static final Set<String> NAMES = Set.of("Date", "DATE");

  /** Validates the class name and module. */
  public DateType {
    TypeNames.require("DateType", className, NAMES);
    TypeNames.requireModule(className, module, "DATE");
  }

  /** A {@code sqlalchemy.types} class. */
  public DateType(String className) {
    this(TypeModule.SQLALCHEMY, className);
  }

  @Override
  public String pythonRepr() {
    return className + "()";
  }
}
