package migrationtutor.engine.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link Table#assemble} places constraints and primary keys, as SQLAlchemy 1.4 does. */
class TableAssemblyTest {
  private static final SqlType INT = new IntegerType("Integer");

  @Test
  void explicitConstraintsComeBeforeColumnAttachedOnes() {
    Column a =
        new Column("a", INT)
            .withUnique(true)
            .withForeignKeys(List.of(new ForeignKey("p.id", null)));
    Column b = new Column("b", new BooleanType("Boolean", true, "ck_b"));
    CheckConstraint explicit = new CheckConstraint("a > 0", null);
    Table t = Table.assemble("t", List.of(a, b, explicit));
    assertEquals(
        List.of(
            explicit,
            new UniqueConstraint(List.of("a")),
            new ForeignKeyConstraint(List.of("a"), "p", List.of("id"), null),
            new TypeBoundCheckConstraint("b", "ck_b")),
        t.constraints());
  }

  @Test
  void indexTrueMakesAnIndexNamedByTheDefaultConvention() {
    Table t =
        Table.assemble(
            "tags",
            List.of(
                new Column("color", INT).withIndex(true),
                new Column("name", INT).withIndex(true).withUnique(true)));
    assertEquals(
        List.of(
            Index.onColumns("ix_tags_color", "tags", List.of("color"), false),
            Index.onColumns("ix_tags_name", "tags", List.of("name"), true)),
        t.indexes());
    assertTrue(t.constraints().isEmpty(), "unique=True with index=True is a unique index only");
  }

  @Test
  void nullableDefaultsToNotPrimaryKeyAndAnExplicitKeyMarksItsColumns() {
    Table t =
        Table.assemble(
            "t",
            List.of(
                new Column("id", INT),
                new Column("x", INT),
                new PrimaryKeyConstraint(List.of("id"))));
    assertTrue(t.column("id").orElseThrow().primaryKey());
    assertFalse(t.column("id").orElseThrow().isNullable());
    assertTrue(t.column("x").orElseThrow().isNullable());
    assertTrue(new Column("id", INT).withPrimaryKey(true).withNullable(true).isNullable());
  }

  @Test
  void explicitKeyOverridesFlaggedColumnsWithSqlAlchemysWarning() {
    List<PythonWarning> warnings = new ArrayList<>();
    Table t =
        Table.assemble(
            "t",
            List.of(
                new Column("a", INT).withPrimaryKey(true),
                new Column("b", INT),
                new PrimaryKeyConstraint(List.of("b"))),
            warnings::add);
    assertEquals(List.of("b"), t.primaryKey().columns());
    assertEquals("SAWarning", warnings.get(0).category());
  }

  @Test
  void unnamedExplicitKeyTakesTheFlaggedColumns() {
    Table t =
        Table.assemble(
            "t",
            List.of(
                new Column("a", INT).withPrimaryKey(true),
                new PrimaryKeyConstraint(List.of(), "pk_t")));
    assertEquals(new PrimaryKeyConstraint(List.of("a"), "pk_t"), t.primaryKey());
  }

  @Test
  void aRepeatedColumnReplacesTheFirstInPlace() {
    List<PythonWarning> warnings = new ArrayList<>();
    Table t =
        Table.assemble(
            "t",
            List.of(
                new Column("a", INT),
                new Column("b", INT),
                new Column("a", new StringType("String"))),
            warnings::add);
    assertEquals(List.of("a", "b"), t.columns().stream().map(Column::name).toList());
    assertEquals(new StringType("String"), t.columns().get(0).type());
    assertEquals("SADeprecationWarning", warnings.get(0).category());
  }

  @Test
  void unknownColumnsRaiseKeyErrorAsTableDotCDoes() {
    PythonException e =
        assertThrows(
            PythonException.class,
            () ->
                Table.assemble(
                    "t", List.of(new Column("a", INT), new UniqueConstraint(List.of("nope")))));
    assertEquals("KeyError: 'nope'", e.tracebackLine());
  }

  @Test
  void withConstraintAppendsAndAPrimaryKeyReplaces() {
    Table t =
        new Table("t", List.of(new Column("a", INT), new Column("b", INT)))
            .withConstraint(new UniqueConstraint(List.of("a")))
            .withConstraint(new PrimaryKeyConstraint(List.of("b")));
    assertEquals(List.of(new UniqueConstraint(List.of("a"))), t.constraints());
    assertEquals(List.of("b"), t.primaryKey().columns());
    assertTrue(t.column("b").orElseThrow().primaryKey());
  }

  @Test
  void thePrimaryKeyDoesNotGoInTheConstraintList() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Table(
                "t",
                List.of(new Column("a", INT)),
                null,
                List.of(new PrimaryKeyConstraint(List.of("a"))),
                List.of(),
                null,
                false,
                true));
  }

  @Test
  void blankColumnNamesAndMismatchedForeignKeysFailAsInSqlAlchemy() {
    PythonException blank = assertThrows(PythonException.class, () -> new Column("", INT));
    assertEquals(PythonException.ARGUMENT_ERROR, blank.pythonClass());
    PythonException fk =
        assertThrows(
            PythonException.class,
            () -> new ForeignKeyConstraint(List.of("a", "b"), "p", List.of("id"), null));
    assertEquals(
        "sqlalchemy.exc.ArgumentError: ForeignKeyConstraint number of constrained"
            + " columns must match the number of referenced columns.",
        fk.tracebackLine());
  }

  @Test
  void aForeignKeyTargetNeedsTableAndColumn() {
    UnsupportedConstructException e =
        assertThrows(
            UnsupportedConstructException.class, () -> new ForeignKey("main.todos.id", null));
    assertEquals(
        "sa.ForeignKey('main.todos.id') is not supported by the tutor's migration"
            + " engine; name the referenced column as 'table.column', without a schema.",
        e.getMessage());
    assertEquals("todos", new ForeignKey("todos.id", null).referredTable());
  }

  @Test
  void enumLengthFollowsNativeEnumRules() {
    assertEquals(
        6, new EnumType(List.of("low", "medium"), null, false, true, 20).effectiveLength());
    assertEquals(
        20, new EnumType(List.of("low", "medium"), null, false, false, 20).effectiveLength());
    PythonException e =
        assertThrows(
            PythonException.class,
            () -> new EnumType(List.of("low", "medium"), null, false, false, 2));
    assertEquals(
        "ValueError: When provided, length must be larger or equal than the length of"
            + " the longest enum value. 2 < 6",
        e.tracebackLine());
  }

  @Test
  void serverDefaultKinds() {
    assertFalse(new StringServerDefault("todo").isSqlExpression());
    assertTrue(new TextServerDefault("0").isSqlExpression());
    assertFalse(new TextServerDefault("0").isColumnElement());
    assertTrue(new FunctionServerDefault("now").isColumnElement());
    assertTrue(new BooleanServerDefault(false).isColumnElement());
    assertTrue(new LiteralColumnServerDefault("1").isColumnElement());
  }

  @Test
  void typeRecordsRejectClassNamesTheyDoNotStandFor() {
    assertThrows(IllegalArgumentException.class, () -> new IntegerType("String"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DateTimeType(TypeModule.SQLITE, "TIMESTAMP", false));
  }
}
