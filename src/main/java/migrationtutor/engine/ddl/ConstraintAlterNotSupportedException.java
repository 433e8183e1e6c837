package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.PythonException;

/**
 * Alembic's SQLite impl refusing to add or drop a constraint with {@code ALTER}: {@code
 * NotImplementedError: No support for ALTER of constraints in SQLite dialect. Please refer to the
 * batch mode feature which allows for SQLite migrations using a copy-and-move strategy.}
 */
public class ConstraintAlterNotSupportedException extends PythonException {
  private static final long serialVersionUID = 1L;

  /** The message of {@code SQLiteImpl.add_constraint} / {@code drop_constraint}. */
  public static final String MESSAGE =
      "No support for ALTER of constraints in SQLite dialect."
          + " Please refer to the batch mode feature which allows for SQLite migrations using a"
          + " copy-and-move strategy.";

  /** Creates the exception with Alembic's message. */
  public ConstraintAlterNotSupportedException() {
    super("NotImplementedError", MESSAGE);
  }
}
