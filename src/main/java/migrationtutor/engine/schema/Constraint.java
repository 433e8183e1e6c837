package migrationtutor.engine.schema;

/** A table constraint, rendered inside {@code CREATE TABLE}. */
public sealed interface Constraint extends TableElement
    permits PrimaryKeyConstraint,
        UniqueConstraint,
        ForeignKeyConstraint,
        CheckConstraint,
        TypeBoundCheckConstraint {

  /** The constraint name, or null for an unnamed constraint. */
  String name();

  /** {@code deferrable=}: null when not given. */
  Boolean deferrable();

  /** {@code initially=}: null when not given. */
  String initially();
}
