package migrationtutor.engine.ddl;

/**
 * Where the engine's SQL goes: a live SQLite connection (online) or the {@code --sql} script
 * (offline). It is the only place the two modes differ.
 */
public interface SqlSink {
  /**
   * Runs or writes one statement. An online sink runs it with its parameter sets (see {@link
   * SqlStatement}); an offline sink writes {@link SqlStatement#offlineText()} and a blank line.
   */
  void execute(SqlStatement statement);

  /** Whether this is Alembic's offline ({@code as_sql}) mode. */
  boolean isOffline();
}
