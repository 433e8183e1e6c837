package migrationtutor.engine.sqlite;

import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;

/** Runs compiled statements on the live database ("online" mode). */
public final class OnlineSqlSink implements SqlSink {
  private final SqliteSession session;

  public OnlineSqlSink(SqliteSession session) {
    this.session = session;
  }

  /** The session statements run on. */
  public SqliteSession session() {
    return session;
  }

  @Override
  public void execute(SqlStatement statement) {
    if (statement.isExecutemany()) {
      session.executeMany(statement.sql(), statement.parameterSets());
    } else if (statement.parameterSets().isEmpty()) {
      session.execute(statement.sql(), java.util.List.of());
    } else {
      session.execute(statement.sql(), statement.parameterSets().get(0));
    }
  }

  @Override
  public boolean isOffline() {
    return false;
  }
}
