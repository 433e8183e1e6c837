package migrationtutor.engine.schema;

/**
 * A warning the real tool emits through Python's {@code warnings} module, e.g. Alembic's {@code
 * UserWarning: Skipping unsupported ALTER ...} or SQLAlchemy's {@code SAWarning}.
 *
 * @param category the warning class as Python prints it: {@code UserWarning}, {@code SAWarning},
 *     {@code SADeprecationWarning}
 * @param message the warning text
 */
public record PythonWarning(String category, String message) {
  /** Validates that both parts are present. */
  public PythonWarning {
    if (category == null || category.isEmpty() || message == null) {
      throw new IllegalArgumentException("PythonWarning needs a category and a message");
    }
  }
}
