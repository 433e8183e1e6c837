package migrationtutor.engine.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.engine.PythonError;
import migrationtutor.engine.ddl.ConstraintAlterNotSupportedException;
import migrationtutor.engine.ddl.ImplOptions;
import migrationtutor.engine.ddl.SqlSink;
import migrationtutor.engine.ddl.SqlStatement;
import migrationtutor.engine.ddl.SqliteImpl;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.EvalPolicy;
import migrationtutor.engine.pyeval.Interpreter;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.schema.UnsupportedConstructException;
import migrationtutor.engine.sqlite.OnlineSqlSink;
import migrationtutor.engine.sqlite.SqliteSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-facing entry: module wiring, offline/online helpers, errors mapped back to the engine.
 */
class OpBindingsTest {
  private static final String HEAD = "from alembic import op\nimport sqlalchemy as sa\n\n";
  @TempDir Path dir;
  private final List<String> printed = new ArrayList<>();
  private final List<String> sql = new ArrayList<>();
  private OpBindings bindings;
  private Interpreter py;

  private SqlSink offlineSink() {
    return new SqlSink() {
      @Override
      public void execute(SqlStatement statement) {
        sql.add(statement.offlineText());
      }

      @Override
      public boolean isOffline() {
        return true;
      }
    };
  }

  private void setUp(SqlSink sink, PyModule context) {
    SqliteImpl impl =
        new SqliteImpl(
            sink, sink.isOffline() ? ImplOptions.offlineEnvPy() : ImplOptions.plain(), w -> {});
    bindings = new OpBindings(impl, sink.isOffline(), r -> {}, context);
    py =
        Interpreter.builder()
            .policy(EvalPolicy.tolerant())
            .loader(bindings.loader(ModuleLoader.NONE))
            .print(printed::add)
            .build();
  }

  /** Runs upgrade() of a script whose body is given; returns the exception, if any. */
  private PyException upgrade(String body) {
    PyModule m =
        py.execute(
            PyParser.parse(HEAD + "def upgrade():\n" + body.indent(4), "v.py"), "versions.v");
    try {
      py.call(m, "upgrade", Args.none());
      return null;
    } catch (PyException e) {
      return e;
    }
  }

  @Test
  void sqliteFailuresFromTheSinkMapBackToThePythonError() {
    try (SqliteSession session = SqliteSession.open(dir.resolve("db.sqlite"))) {
      setUp(new OnlineSqlSink(session), null);
      PyException e =
          upgrade(
              "op.create_table('t', sa.Column('x', sa.Integer))\n"
                  + "op.alter_column('t', 'x', nullable=False)\n");
      assertEquals(
          "sqlalchemy.exc.OperationalError: (sqlite3.OperationalError) near \"ALTER\":"
              + " syntax error\n[SQL: ALTER TABLE t ALTER COLUMN x SET NOT NULL]\n(Background on"
              + " this error at: https://sqlalche.me/e/14/e3q8)",
          e.exceptionLine());
      PythonError original =
          assertInstanceOf(PythonError.class, bindings.hostError(e).orElseThrow());
      assertEquals("sqlalchemy.exc.OperationalError", original.exceptionType());
      assertEquals(6, e.span().line());
    }
  }

  @Test
  void theImplsNotImplementedErrorIsRemembered() {
    setUp(offlineSink(), null);
    PyException e = upgrade("op.create_unique_constraint('uq', 't', ['a'])\n");
    assertEquals(
        "NotImplementedError: " + ConstraintAlterNotSupportedException.MESSAGE, e.exceptionLine());
    assertInstanceOf(
        ConstraintAlterNotSupportedException.class, bindings.hostError(e).orElseThrow());
  }

  @Test
  void errorsPythonRaisesItselfHaveNoEngineOriginal() {
    setUp(offlineSink(), null);
    PyException e = upgrade("op.add_column('t')\n");
    assertEquals(
        "TypeError: add_column() missing 1 required positional argument: 'column'",
        e.exceptionLine());
    assertTrue(bindings.hostError(e).isEmpty());
  }

  @Test
  void schemasAreRefusedClearly() {
    setUp(offlineSink(), null);
    PyException e = upgrade("op.add_column('t', sa.Column('x', sa.Integer), schema='main')\n");
    assertEquals(
        "NotImplementedError: op.add_column(schema='main') is not supported by the"
            + " tutor's migration engine; leave schema out (or pass schema=None): the sandbox's"
            + " SQLite database has no schemas.",
        e.exceptionLine());
    assertInstanceOf(UnsupportedConstructException.class, bindings.hostError(e).orElseThrow());
    assertNull(upgrade("op.add_column('t', sa.Column('x', sa.Integer), schema=None)\n"));
  }

  @Test
  void offlineGetBindIsAMockConnectionThatWritesTheStatement() {
    setUp(offlineSink(), null);
    assertNull(
        upgrade(
            "conn = op.get_bind()\nprint(repr(conn))\n"
                + "print(conn.execute(sa.text('UPDATE t SET x = :x').bindparams(x=5)))\n"
                + "ctx = op.get_context()\nprint(ctx.as_sql, ctx.dialect.name)\n"));
    assertEquals(
        List.of("<sqlalchemy.engine.mock.MockConnection object>\n", "None\n", "True sqlite\n"),
        printed);
    assertEquals(List.of("UPDATE t SET x = 5;"), sql);
  }

  @Test
  void onlineGetBindExecutesButDoesNotReadRows() {
    try (SqliteSession session = SqliteSession.open(dir.resolve("db.sqlite"))) {
      setUp(new OnlineSqlSink(session), null);
      assertNull(
          upgrade(
              "op.create_table('t', sa.Column('x', sa.Integer))\n"
                  + "op.get_bind().execute(sa.text('INSERT INTO t (x) VALUES"
                  + " (:x)').bindparams(x=3))\n"
                  + "print(op.get_context().as_sql)\n"));
      assertEquals("[[3]]", session.query("SELECT x FROM t", List.of()).toString());
      PyException e = upgrade("op.get_bind().execute(sa.text('SELECT x FROM t')).fetchall()\n");
      assertEquals(
          "NotImplementedError: reading the rows of get_bind().execute(...) (.fetchall)"
              + " is not supported by the tutor's migration engine; write the data change as SQL"
              + " that needs no query results, e.g. UPDATE t SET x = (SELECT ...).",
          e.exceptionLine());
      assertEquals(List.of("False\n"), printed);
    }
  }

  @Test
  void helpersReturnWhatAlembicReturns() {
    setUp(offlineSink(), null);
    assertNull(
        upgrade(
            "print(op.f('ix_a'), op.f(None), repr(op.f(5)))\n"
                + "print(repr(op.inline_literal('a')))\n"
                + "print(op.create_table('t', sa.Column('x', sa.Integer)).c.x.type)\n"
                + "print(op.add_column('t', sa.Column('y', sa.Integer)))\n"
                + "print(repr(op.batch_alter_table('t')))\n"));
    assertEquals(
        List.of(
            "ix_a None '5'\n",
            "_literal_bindparam(None, 'a')\n",
            "Integer()\n",
            "None\n",
            "<contextlib._GeneratorContextManager object>\n"),
        printed);
  }

  @Test
  void sqlExpressionsTheEngineDoesNotBuildRaiseClearErrors() {
    setUp(offlineSink(), null);
    String t = "t = sa.table('t', sa.column('x', sa.Integer))\n";
    String yet =
        " is not supported by the tutor's migration engine yet; write the statement as"
            + " SQL text, e.g. op.execute(sa.text(\"UPDATE t SET x = :x WHERE id = :id\")"
            + ".bindparams(x=1, id=2)) or op.execute(\"...\")";
    assertEquals(
        "NotImplementedError: sa.select()" + yet,
        upgrade("op.execute(sa.select(1))\n").exceptionLine());
    assertEquals(
        "NotImplementedError: t.x.startswith()" + yet,
        upgrade(t + "t.c.x.startswith('a')\n").exceptionLine());
    assertEquals(
        "NotImplementedError: t.update().returning()" + yet,
        upgrade(t + "t.update().returning(t.c.x)\n").exceptionLine());
    assertEquals(
        "NotImplementedError: op.execute(<sqlalchemy.sql.elements.BinaryExpression object>) is"
            + " not supported by the tutor's migration engine; execute a statement:"
            + " op.execute(t.update().where(...).values(...)).",
        upgrade(t + "op.execute(t.c.x == 5)\n").exceptionLine());
    assertEquals(
        "NotImplementedError: t.insert() without .values(...) is not supported by the tutor's"
            + " migration engine; give the row: op.execute(t.insert().values(col=value)), or use"
            + " op.bulk_insert(t, rows).",
        upgrade(t + "op.execute(t.insert())\n").exceptionLine());
    assertEquals(
        "NotImplementedError: t.x.in_() with SQL expressions in the list is not supported by the"
            + " tutor's migration engine; compare with each expression and combine with sa.or_().",
        upgrade(t + "t.c.x.in_([t.c.x])\n").exceptionLine());
    assertEquals(
        "NotImplementedError: sa.and_() without arguments is not supported by the tutor's"
            + " migration engine; give it at least one condition.",
        upgrade("sa.and_()\n").exceptionLine());
  }

  @Test
  void theContextIsInjectedOrAnUnestablishedProxy() {
    PyModule context =
        new PyModule("alembic.context")
            .put("is_offline_mode", NativeFunction.of("is_offline_mode", a -> PyBool.TRUE));
    setUp(offlineSink(), context);
    assertNull(
        upgrade(
            "from alembic import context\nimport alembic\n"
                + "print(context.is_offline_mode(), alembic.__version__, alembic.op is op)\n"));
    assertEquals(List.of("True 1.8.1 True\n"), printed);
    assertSame(context, bindings.module("alembic.context"));
    setUp(offlineSink(), null);
    assertEquals(
        "NameError: Can't invoke function 'configure', as the proxy object has not yet"
            + " been established for the Alembic 'EnvironmentContext' class.  Try placing this code"
            + " inside a callable.",
        upgrade("from alembic import context\ncontext.configure()\n").exceptionLine());
  }

  @Test
  void loadingARevisionFileGivesAlembicsUnestablishedOpProxy() {
    Interpreter loading =
        Interpreter.builder()
            .policy(EvalPolicy.revisionScript())
            .loader(OpBindings.loadingLoader(null, w -> {}, ModuleLoader.NONE))
            .build();
    PyModule m =
        loading.execute(
            PyParser.parse(
                HEAD + "revision = 'a1'\n" + "def upgrade():\n    op.drop_table('t')\n", "a1.py"),
            "versions.a1");
    assertEquals("'a1'", m.get("revision").repr());
    PyException e = assertThrows(PyException.class, () -> loading.call(m, "upgrade", Args.none()));
    assertEquals(
        "NameError: Can't invoke function 'drop_table', as the proxy object has not yet been"
            + " established for the Alembic 'Operations' class.  Try placing this code inside a"
            + " callable.",
        e.exceptionLine());
    assertEquals(
        "ModuleNotFoundError: No module named 'sqlalchemy.orm'",
        assertThrows(
                PyException.class,
                () ->
                    loading.execute(
                        PyParser.parse("from sqlalchemy.orm import declarative_base\n", "m.py"),
                        "m"))
            .exceptionLine());
  }

  @Test
  void moduleNamesResolveAndOthersFallThrough() {
    setUp(offlineSink(), null);
    for (String name :
        List.of(
            "alembic",
            "alembic.op",
            "alembic.context",
            "sqlalchemy",
            "sqlalchemy.types",
            "sqlalchemy.schema",
            "sqlalchemy.sql",
            "sqlalchemy.sql.expression",
            "sqlalchemy.sql.sqltypes",
            "sqlalchemy.exc",
            "sqlalchemy.dialects",
            "sqlalchemy.dialects.sqlite",
            "sqlalchemy.dialects.postgresql",
            "sqlalchemy.dialects.mysql",
            "sqlalchemy.pool",
            "sqlalchemy.engine")) {
      assertTrue(bindings.module(name) != null, name);
    }
    assertNull(bindings.module("sqlalchemy.orm"));
    assertSame(bindings.op(), bindings.module("alembic.op"));
  }
}
