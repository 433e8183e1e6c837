package migrationtutor.engine.ddl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A minimal online sink for tests: runs each statement on a JDBC connection. */
final class JdbcSqlSink implements SqlSink {
  private final Connection connection;

  JdbcSqlSink(Connection connection) {
    this.connection = connection;
  }

  @Override
  public void execute(SqlStatement statement) {
    try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
      if (statement.isExecutemany()) {
        for (List<Object> set : statement.parameterSets()) {
          bind(ps, set);
          ps.addBatch();
        }
        ps.executeBatch();
      } else {
        if (!statement.parameterSets().isEmpty()) {
          bind(ps, statement.parameterSets().get(0));
        }
        ps.execute();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  @Override
  public boolean isOffline() {
    return false;
  }

  private static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      ps.setObject(i + 1, values.get(i));
    }
  }
}
