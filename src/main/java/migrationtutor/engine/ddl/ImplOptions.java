package migrationtutor.engine.ddl;

/**
 * The migration context options that change how {@link SqliteImpl} writes SQL.
 *
 * @param literalBinds Alembic's {@code literal_binds} (offline only; the generated {@code env.py}
 *     sets it): render {@code op.execute} parameters as literals
 * @param offlineParamstyle the placeholder style of offline SQL when parameters are not literal
 *     ({@code env.py} sets {@code named}; a bare SQLite dialect is {@code qmark})
 */
public record ImplOptions(boolean literalBinds, Paramstyle offlineParamstyle) {
  /** Validates the paramstyle. */
  public ImplOptions {
    if (offlineParamstyle == null) {
      throw new IllegalArgumentException("offlineParamstyle must be given");
    }
  }

  /** What Alembic's generated {@code env.py} configures: literal binds, named paramstyle. */
  public static ImplOptions offlineEnvPy() {
    return new ImplOptions(true, Paramstyle.NAMED);
  }

  /** No literal binds, {@code qmark}: online mode, or a context configured without options. */
  public static ImplOptions plain() {
    return new ImplOptions(false, Paramstyle.QMARK);
  }
}
