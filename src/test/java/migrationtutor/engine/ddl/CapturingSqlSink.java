package migrationtutor.engine.ddl;

import java.util.ArrayList;
import java.util.List;

/** A {@link SqlSink} that keeps every statement, like Alembic's {@code op_fixture}. */
final class CapturingSqlSink implements SqlSink {
  private final boolean offline;
  private final List<SqlStatement> statements = new ArrayList<>();

  CapturingSqlSink(boolean offline) {
    this.offline = offline;
  }

  @Override
  public void execute(SqlStatement statement) {
    statements.add(statement);
  }

  @Override
  public boolean isOffline() {
    return offline;
  }

  List<SqlStatement> statements() {
    return statements;
  }

  /** The SQL texts only. */
  List<String> sql() {
    return statements.stream().map(SqlStatement::sql).toList();
  }
}
