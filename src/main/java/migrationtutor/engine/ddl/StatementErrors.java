package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.PythonException;

/**
 * Builds SQLAlchemy's {@code StatementError} text ({@code exc.StatementError._sql_message}): {@code
 * (<module>.<class>) <message>}, then {@code [SQL: ...]}, then {@code [parameters: ...]} when there
 * are any, then the documentation link of SQLAlchemy's own error codes.
 */
final class StatementErrors {
  private StatementErrors() {}

  private static final String CD3X = "(Background on this error at: https://sqlalche.me/e/14/cd3x)";

  /** A parameter processor failed, e.g. {@code (builtins.TypeError) SQLite DateTime type ...}. */
  static PythonException processing(PythonException cause, String sql, String parameters) {
    return build(
        "(builtins." + cause.pythonClass() + ") " + cause.pythonMessage(), sql, parameters, null);
  }

  /** A parameter set lacks a value: {@code A value is required for bind parameter 'x'...}. */
  static PythonException missingValue(String name, Integer group, String sql, String parameters) {
    String message =
        "(sqlalchemy.exc.InvalidRequestError) A value is required for bind"
            + " parameter "
            + "'"
            + name
            + "'"
            + (group == null ? "" : ", in parameter group " + group);
    return build(message, sql, parameters, CD3X);
  }

  private static PythonException build(
      String message, String sql, String parameters, String background) {
    StringBuilder text = new StringBuilder(message).append("\n[SQL: ").append(sql).append(']');
    if (parameters != null) {
      text.append("\n[parameters: ").append(parameters).append(']');
    }
    if (background != null) {
      text.append('\n').append(background);
    }
    return new PythonException(PythonException.STATEMENT_ERROR, text.toString());
  }
}
