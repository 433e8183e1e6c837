package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.PickleType;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.UniqueConstraint;
import migrationtutor.engine.schema.UnsupportedConstructException;
import org.junit.jupiter.api.Test;

/** The impl's contracts that the golden files do not show. */
class SqliteImplTest {
  @Test
  void literalBindsOnlineIsAlembicsCommandError() {
    PythonException e =
        assertThrows(
            PythonException.class,
            () -> new SqliteImpl(new CapturingSqlSink(false), ImplOptions.offlineEnvPy(), w -> {}));
    assertEquals(
        "alembic.util.exc.CommandError: Can't use literal_binds setting without as_sql" + " mode",
        e.tracebackLine());
  }

  @Test
  void constraintsAreRefusedWithTheDedicatedException() {
    SqliteImpl impl = new SqliteImpl(new CapturingSqlSink(true), ImplOptions.plain(), w -> {});
    ConstraintAlterNotSupportedException e =
        assertThrows(
            ConstraintAlterNotSupportedException.class,
            () -> impl.addConstraint(new UniqueConstraint(List.of("a"))));
    assertEquals("NotImplementedError", e.pythonClass());
    assertEquals(ConstraintAlterNotSupportedException.MESSAGE, e.pythonMessage());
  }

  @Test
  void whatTheEngineCannotRenderNamesTheConstructAndTheWayOut() {
    SqliteImpl impl = new SqliteImpl(new CapturingSqlSink(false), ImplOptions.plain(), w -> {});
    Table pickles = new Table("t", List.of(new Column("p", new PickleType())));
    UnsupportedConstructException e =
        assertThrows(
            UnsupportedConstructException.class,
            () -> impl.bulkInsert(pickles, List.of(Map.of("p", List.of(1L))), true));
    assertEquals(
        "a value for a column of type sa.PickleType() is not supported by the tutor's"
            + " migration engine; store such values with op.execute() and a SQL string.",
        e.getMessage());
    Column cast =
        new Column("c", new IntegerType("Integer"))
            .withServerDefault(new FunctionServerDefault("cast", List.of(1L)));
    UnsupportedConstructException f =
        assertThrows(UnsupportedConstructException.class, () -> impl.addColumn("t", cast));
    assertEquals("sa.func.cast(...) as a server default", f.construct());
    Table defaults =
        new Table(
            "t",
            List.of(new Column("a", new IntegerType("Integer")).withPythonDefaults(true, false)));
    assertThrows(
        UnsupportedConstructException.class,
        () -> impl.bulkInsert(defaults, List.of(Map.of()), true));
  }

  @Test
  void bindparamsForANameTheTextDoesNotUseIsRefused() {
    SqliteImpl impl = new SqliteImpl(new CapturingSqlSink(false), ImplOptions.plain(), w -> {});
    PythonException e =
        assertThrows(PythonException.class, () -> impl.execute("SELECT :a", Map.of("b", 1L)));
    assertEquals(
        "sqlalchemy.exc.ArgumentError: This text() construct doesn't define a bound parameter"
            + " named 'b'",
        e.tracebackLine());
  }

  @Test
  void offlineParamstyleDecidesThePlaceholders() {
    CapturingSqlSink sink = new CapturingSqlSink(true);
    new SqliteImpl(sink, new ImplOptions(false, Paramstyle.NAMED), w -> {})
        .execute("UPDATE t SET a = :a WHERE b = :b", Map.of("a", 1L));
    assertEquals(List.of("UPDATE t SET a = :a WHERE b = :b"), sink.sql());
  }

  @Test
  void statementsGiveTheOfflineTextAndTheEngineLogParameters() {
    SqlStatement ddl =
        new SqlStatement("\nCREATE TABLE t (\n\ta INTEGER\n)\n\n", SqlStatement.Kind.DDL);
    assertEquals("CREATE TABLE t (\n    a INTEGER\n);", ddl.offlineText());
    assertEquals("()", ddl.logParameters());
    assertEquals(
        "(1, 'home')",
        new SqlStatement("INSERT", SqlStatement.Kind.DML, List.of(List.of(1L, "home")))
            .logParameters());
    List<List<Object>> sets = new ArrayList<>();
    for (long i = 0; i < 12; i++) {
      sets.add(List.of(i));
    }
    assertEquals(
        "((0,), (1,), (2,), (3,), (4,), (5,), (6,), (7,)  ... displaying 10 of 12"
            + " total bound parameter sets ...  (10,), (11,))",
        new SqlStatement("INSERT", SqlStatement.Kind.DML, sets).logParameters());
    assertEquals(
        "(1, '" + "a".repeat(149) + " ... (102 characters truncated) ... " + "a".repeat(149) + "')",
        new SqlStatement("INSERT", SqlStatement.Kind.DML, List.of(List.of(1L, "a".repeat(400))))
            .logParameters());
  }

  @Test
  void textClausesTreatEveryColonNameAsAParameter() {
    assertEquals(
        new TextClauses.Bound("SELECT ?, '?', ':x', a::int", List.of("a", "b")),
        TextClauses.bound("SELECT :a, ':b', '\\:x', a::int", Paramstyle.QMARK));
    assertEquals("SELECT 'o''k', NULL", TextClauses.literal("SELECT :a, :b", Map.of("a", "o'k")));
  }

  @Test
  void addColumnWithTheCapturingSink() {
    CapturingSqlSink sink = new CapturingSqlSink(true);
    new SqliteImpl(sink, ImplOptions.plain(), w -> {})
        .addColumn(
            "todos",
            new Column("status", new StringType("String", 20), false)
                .withServerDefault(new migrationtutor.engine.schema.StringServerDefault("todo")));
    assertEquals(
        "ALTER TABLE todos ADD COLUMN status VARCHAR(20) DEFAULT 'todo' NOT NULL;",
        sink.statements().get(0).offlineText());
  }
}
