package migrationtutor.engine.schema;

/**
 * A column's {@code server_default}: the DDL {@code DEFAULT} clause, as SQLAlchemy wraps it in a
 * {@code DefaultClause}.
 */
public sealed interface ServerDefault
    permits StringServerDefault,
        TextServerDefault,
        FunctionServerDefault,
        BooleanServerDefault,
        LiteralColumnServerDefault {

  /**
   * Whether the default is a SQL expression ({@code ClauseElement}) rather than a plain string;
   * Alembic's {@code SQLiteImpl.requires_recreate_in_batch} rebuilds the table for an added column
   * with such a default.
   */
  default boolean isSqlExpression() {
    return true;
  }

  /**
   * Whether the default is a {@code ColumnElement} (a function, {@code true()}/{@code false()},
   * {@code literal_column()}); SQLite's DDL compiler puts those in parentheses, while a {@code
   * text()} clause is rendered bare.
   */
  boolean isColumnElement();
}
