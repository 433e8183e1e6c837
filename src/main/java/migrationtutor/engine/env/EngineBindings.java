package migrationtutor.engine.env;

import java.util.Optional;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.runtime.MigrationContext;

/**
 * The SQLAlchemy and Alembic operation bindings the environment hands to evaluated code: the {@code
 * sqlalchemy} modules, and the {@code op} object of a running migration.
 */
public interface EngineBindings {
  /** A {@code sqlalchemy...} module by dotted name, or empty if the bindings have none. */
  Optional<PyValue> sqlalchemyModule(String name);

  /** The {@code Operations} object ({@code op}) that runs operations in this migration. */
  PyValue operations(MigrationContext context);

  /**
   * The engine error behind a Python exception a binding raised (an SQLite failure, a FAILED:
   * command error), so it can be reported exactly; empty for an ordinary Python exception.
   */
  Optional<RuntimeException> engineError(PyException e);
}
