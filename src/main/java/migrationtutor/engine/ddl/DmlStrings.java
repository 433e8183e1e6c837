package migrationtutor.engine.ddl;

/**
 * Python's {@code str()} of a statement or expression: SQLAlchemy compiles it for its default
 * dialect, with named parameters ({@code UPDATE todos SET priority=:priority WHERE todos.id =
 * :id_1}) and native booleans ({@code todos.done}, {@code NOT todos.done}, {@code true}).
 */
public final class DmlStrings {
  private DmlStrings() {}

  /** {@code str(statement)}. */
  public static String of(DmlStatement statement) {
    return DmlCompiler.compile(statement, DmlCompiler.Mode.STRING).sql();
  }

  /** {@code str(expression)}. */
  public static String of(SqlExpression expression) {
    return DmlCompiler.compileExpression(expression, DmlCompiler.Mode.STRING);
  }

  /**
   * An expression as DDL writes it (a CHECK condition, an index's {@code sqlite_where}): {@code
   * literal_binds} and {@code include_table=False}, e.g. {@code deleted_at IS NULL}.
   */
  public static String ddl(SqlExpression expression) {
    return DmlCompiler.compileExpression(expression, DmlCompiler.Mode.DDL);
  }
}
