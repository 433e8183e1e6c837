package migrationtutor.engine.schema;

/** A column's {@code autoincrement=} setting. */
public enum Autoincrement {
  /** {@code "auto"}, the default. */
  AUTO,
  /** {@code True}. */
  TRUE,
  /** {@code False}. */
  FALSE,
  /** {@code "ignore_fk"}. */
  IGNORE_FK
}
