package migrationtutor.sandbox.sqlite3;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * shell.c shell_exec(): runs each statement of a piece of SQL text in turn and prints its rows in
 * the current mode, stopping at the first error. The error comes back as the shell words it: {@code
 * "in prepare, <msg>[ (<rc>)]<context>"} or {@code "stepping, <msg>[ (<rc>)]"}.
 */
final class SqlExecutor {
  /** rc is SQLite's primary result code (0 when every statement ran). */
  record Outcome(int rc, String error) {
    static final Outcome OK = new Outcome(0, null);

    boolean failed() {
      return rc != 0 || error != null;
    }
  }

  private final Shell shell;

  SqlExecutor(Shell shell) {
    this.shell = shell;
  }

  Outcome exec(String sql) {
    return exec(Bytes.cstr(sql));
  }

  Outcome exec(byte[] z) {
    ShellState st = shell.state();
    Database db = shell.db();
    int pos = 0;
    while (pos < z.length) {
      int end = SqlScan.statementEnd(z, pos, z.length);
      List<SqlToken> solid = SqlTokenizer.solid(z, pos, end);
      if (solid.stream().allMatch(t -> t.kind() == SqlToken.Kind.SEMI)) {
        // sqlite3_prepare_v2() returns no statement for whitespace and comments.
        pos = skipSpace(z, end);
        continue;
      }
      String refusal = SandboxSql.refusal(z, solid);
      if (refusal != null) {
        return new Outcome(1, "in prepare, " + refusal);
      }
      String text = new String(z, pos, end - pos, StandardCharsets.UTF_8);
      PreparedStatement ps;
      try {
        ps = db.prepare(text);
      } catch (SQLException e) {
        SqliteError err = SqliteError.of(e);
        int offset = ErrorLocator.locate(db, err.message(), z, pos, end);
        return new Outcome(
            err.code(),
            "in prepare, "
                + err.message()
                + suffix(err.code())
                + ErrorLocator.context(z, pos, offset));
      }
      int explain = explainKind(z, solid);
      try (ps) {
        if (st.autoEqp > 0 && explain == 0) {
          showPlan(db, text);
        }
        st.cMode = st.mode;
        if (st.autoExplain) {
          if (explain == 1) {
            st.cMode = Mode.EXPLAIN;
          } else if (explain == 2) {
            st.cMode = Mode.EQP;
          }
        }
        Parameters.bind(shell, ps, z, solid);
        if (ps.execute()) {
          RowPrinter.print(st, shell.out(), Database.JdbcRows.of(ps.getResultSet()));
        }
      } catch (SQLException e) {
        SqliteError err = SqliteError.of(e);
        return new Outcome(err.code(), "stepping, " + err.message() + suffix(err.code()));
      }
      pos = skipSpace(z, end);
    }
    return Outcome.OK;
  }

  private static String suffix(int rc) {
    return rc > 1 ? " (" + rc + ")" : "";
  }

  private static int skipSpace(byte[] z, int i) {
    while (i < z.length && Bytes.isSpace(z[i])) {
      i++;
    }
    return i;
  }

  /** sqlite3_stmt_isexplain(): 1 for EXPLAIN, 2 for EXPLAIN QUERY PLAN, else 0. */
  static int explainKind(byte[] z, List<SqlToken> solid) {
    if (solid.isEmpty() || !solid.get(0).isWord(z, "explain")) {
      return 0;
    }
    if (solid.size() > 2 && solid.get(1).isWord(z, "query") && solid.get(2).isWord(z, "plan")) {
      return 2;
    }
    return 1;
  }

  /** {@code .eqp on}: the query plan before the statement runs. */
  private void showPlan(Database db, String text) {
    String stmt = text.stripLeading();
    try (PreparedStatement ps = db.prepare("EXPLAIN QUERY PLAN " + stmt)) {
      if (ps.execute()) {
        ExplainPrinter.renderPlan(
            shell.out(), ExplainPrinter.read(Database.JdbcRows.of(ps.getResultSet())).rows());
      }
    } catch (SQLException e) {
      // shell.c ignores a failure to prepare the plan; the statement itself reports the error.
    }
    if (shell.state().autoEqp >= 3) {
      try (PreparedStatement ps = db.prepare("EXPLAIN " + stmt)) {
        if (ps.execute()) {
          ShellState st = shell.state();
          st.cMode = Mode.EXPLAIN;
          RowPrinter.print(st, shell.out(), Database.JdbcRows.of(ps.getResultSet()));
        }
      } catch (SQLException e) {
        // As above.
      }
    }
  }
}
