package migrationtutor.engine.schema;

import java.util.Set;

/**
 * {@code sa.Boolean} / {@code sa.BOOLEAN}. With {@code create_constraint=True} (1.4 default False)
 * attaching it to a table adds {@code CHECK (c IN (0, 1))}, named {@code name} if given.
 *
 * @param className {@code Boolean} or {@code BOOLEAN}
 * @param createConstraint {@code create_constraint=}
 * @param name {@code name=}, the CHECK constraint's name, or null
 */
public record BooleanType(String className, boolean createConstraint, String name)
    implements SqlType {
  private static final Set<String> NAMES = Set.of("Boolean", "BOOLEAN");

  /** Validates the class name. */
  public BooleanType {
    TypeNames.require("BooleanType", className, NAMES);
  }

  /** A plain {@code sa.Boolean()} / {@code sa.BOOLEAN()}. */
  public BooleanType(String className) {
    this(className, false, null);
  }

  @Override
  public String pythonRepr() {
    return new ReprBuilder(className)
        .keyword("create_constraint", createConstraint, false)
        .keyword("name", name, null)
        .build();
  }
}
