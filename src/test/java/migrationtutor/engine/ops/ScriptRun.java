package migrationtutor.engine.ops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.batch.BatchRequest;
import migrationtutor.engine.ddl.ImplOptions;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.EvalPolicy;
import migrationtutor.engine.pyeval.Interpreter;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.sqlite.OnlineSqlSink;
import migrationtutor.engine.sqlite.SqliteSession;

/**
 * Runs a revision script's upgrade() and downgrade() through the interpreter with the real op/sa
 * bindings, writing the transcript {@code gen_golden.py} writes for real Alembic: offline the SQL
 * as {@code --sql} writes it, online each statement the SQLite driver receives.
 */
final class ScriptRun {
  final StringBuilder out = new StringBuilder();
  final List<PythonWarning> warnings = new ArrayList<>();
  final List<BatchRequest> batches = new ArrayList<>();
  final OpBindings bindings;
  private final Interpreter py;
  private final SqliteSession session;

  /**
   * A run.
   *
   * @param offline {@code --sql} mode
   * @param database the SQLite file of an online run (ignored offline)
   * @param tolerant evaluate tolerantly (scripts that use try/except or classes)
   */
  ScriptRun(boolean offline, Path database, boolean tolerant) {
    SqlSink sink;
    if (offline) {
      session = null;
      sink =
          new SqlSink() {
            @Override
            public void execute(SqlStatement statement) {
              out.append(statement.offlineText()).append("\n\n");
            }

            @Override
            public boolean isOffline() {
              return true;
            }
          };
    } else {
      session = SqliteSession.open(database);
      OnlineSqlSink online = new OnlineSqlSink(session);
      sink =
          new SqlSink() {
            @Override
            public void execute(SqlStatement statement) {
              out.append("SQL: ").append(statement.sql()).append('\n');
              out.append("PARAMS: ").append(statement.logParameters()).append('\n');
              online.execute(statement);
            }

            @Override
            public boolean isOffline() {
              return false;
            }
          };
    }
    SqliteImpl impl =
        new SqliteImpl(
            sink, offline ? ImplOptions.offlineEnvPy() : ImplOptions.plain(), warnings::add);
    bindings = new OpBindings(impl, offline, batches::add, null, warnings::add);
    py =
        Interpreter.builder()
            .policy(tolerant ? EvalPolicy.tolerant() : EvalPolicy.revisionScript())
            .loader(bindings.loader(TestModules.loader(ModuleLoader.NONE)))
            .print(out::append)
            .build();
  }

  /** Runs the script's functions as gen_golden.py does; returns the transcript. */
  String run(String source, String name) {
    try {
      PyModule m = py.execute(PyParser.parse(source, name + ".py"), "versions." + name);
      for (String fn : new String[] {"upgrade", "downgrade"}) {
        if (m.get(fn) == null) {
          continue;
        }
        if (fn.equals("downgrade")) {
          out.append("== downgrade\n");
        }
        try {
          py.call(m, fn, Args.none());
        } catch (PyException e) {
          out.append("!! ").append(e.exceptionLine()).append('\n');
        }
      }
    } finally {
      if (session != null) {
        session.close();
      }
    }
    for (PythonWarning w : warnings) {
      out.append("WARN ").append(w.category()).append(": ").append(w.message()).append('\n');
    }
    return out.toString();
  }
}
