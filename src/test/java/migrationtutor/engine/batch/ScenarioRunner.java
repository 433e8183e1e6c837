package migrationtutor.engine.batch;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.ddl.ImplOptions;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.reflect.TestDatabase;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.sqlite.OnlineSqlSink;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * Runs a scenario through {@link BatchOperationsImpl#flush} and writes what gen_batch_golden.py
 * writes for it: the statements, the error, the warnings and the database afterwards.
 */
final class ScenarioRunner {
  private ScenarioRunner() {}

  static String run(BatchScenarios.Scenario s, Path dir) {
    List<String> out = new ArrayList<>();
    if (s.offline()) {
      StringBuilder script = new StringBuilder();
      SqlSink sink =
          new SqlSink() {
            @Override
            public void execute(SqlStatement statement) {
              script.append(statement.offlineText()).append("\n\n");
            }

            @Override
            public boolean isOffline() {
              return true;
            }
          };
      List<String> tail = new ArrayList<>();
      List<PythonWarning> warnings = new ArrayList<>();
      try {
        SqliteImpl impl = new SqliteImpl(sink, ImplOptions.offlineEnvPy(), warnings::add);
        BatchOperationsImpl.flush(s.request(), impl, sink, Optional.empty(), warnings::add);
      } catch (RuntimeException e) {
        tail.add(errorLine(e));
      }
      out.add(script.toString());
      out.addAll(tail);
      warnings.forEach(w -> out.add("WARN " + w.category() + ": " + w.message()));
      return String.join("\n", out) + "\n";
    }
    Path db = dir.resolve("t.db");
    TestDatabase.build(db, s.setup());
    if (s.pre() != null) {
      exec(db, s.pre());
    }
    out.addAll(runOnline(s, db));
    if (s.rerun()) {
      out.add("-- rerun");
      out.addAll(runOnline(s, db));
    }
    out.addAll(dump(db));
    return String.join("\n", out) + "\n";
  }

  // One migration step: the block inside the per-migration transaction, committed on success and
  // rolled back on error, as Alembic's env.py runs it.
  private static List<String> runOnline(BatchScenarios.Scenario s, Path db) {
    List<String> lines = new ArrayList<>();
    List<PythonWarning> warnings = new ArrayList<>();
    try (SqliteSession session = SqliteSession.open(db)) {
      OnlineSqlSink online = new OnlineSqlSink(session);
      SqlSink sink =
          new SqlSink() {
            @Override
            public void execute(SqlStatement statement) {
              lines.add("-- statement");
              lines.add(statement.sql());
              online.execute(statement);
            }

            @Override
            public boolean isOffline() {
              return false;
            }
          };
      try {
        SqliteImpl impl = new SqliteImpl(sink, ImplOptions.plain(), warnings::add);
        BatchOperationsImpl.flush(s.request(), impl, sink, Optional.of(session), warnings::add);
        session.commit();
      } catch (RuntimeException e) {
        session.rollback();
        lines.add(errorLine(e));
      }
    }
    warnings.forEach(w -> lines.add("WARN " + w.category() + ": " + w.message()));
    return lines;
  }

  static String errorLine(RuntimeException e) {
    if (e instanceof PythonError p) {
      List<String> parts = new ArrayList<>();
      parts.add(p.exceptionLine());
      parts.addAll(p.details());
      return "!! " + String.join("\n", parts);
    } else if (e instanceof PythonException p) {
      return "!! " + p.tracebackLine();
    } else if (e instanceof CommandError c) {
      return "!! CommandError: " + c.getMessage();
    }
    throw e;
  }

  private static void exec(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String q(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static List<String> dump(Path db) {
    List<String> out = new ArrayList<>();
    out.add("-- sqlite_master");
    List<String> tables = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement st = c.createStatement()) {
      try (ResultSet rs =
          st.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")) {
        while (rs.next()) {
          out.add(rs.getString(1) + " " + rs.getString(2) + " on " + rs.getString(3));
          out.add(rs.getString(4) == null ? "None" : rs.getString(4));
          if (rs.getString(1).equals("table")) {
            tables.add(rs.getString(2));
          }
        }
      }
      for (String t : tables) {
        out.add("-- rows of " + t);
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("PRAGMA table_info(" + q(t) + ")")) {
          while (rs.next()) {
            cols.add(rs.getString(2));
          }
        }
        String sel =
            String.join(
                ", ", cols.stream().map(col -> "typeof(" + q(col) + "), " + q(col)).toList());
        String order = " ORDER BY rowid";
        try (ResultSet rs = st.executeQuery("SELECT rowid FROM " + q(t) + " LIMIT 0")) {
          rs.next();
        } catch (SQLException withoutRowid) {
          order = "";
        }
        try (ResultSet rs = st.executeQuery("SELECT " + sel + " FROM " + q(t) + order)) {
          while (rs.next()) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= cols.size() * 2; i += 2) {
              cells.add(rs.getString(i) + " " + PythonRepr.repr(rs.getObject(i + 1)));
            }
            out.add(String.join(" | ", cells));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }
}
