package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import migrationtutor.engine.schema.Autoincrement;
import migrationtutor.engine.schema.BinaryType;
import migrationtutor.engine.schema.BooleanServerDefault;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.IntervalType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.LiteralColumnServerDefault;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;
import migrationtutor.engine.schema.TextServerDefault;
import migrationtutor.engine.schema.TimeType;
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UniqueConstraint;
import migrationtutor.engine.schema.UnsupportedType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code str(CreateTable(table))} for tables built as {@code sa.Table(...)} builds them (the order
 * {@code metadata.create_all} renders), against create_table.golden.
 */
class CreateTableGoldenTest {
  static final SqlType INT = new IntegerType("Integer");
  static final SqlType STR = new StringType("String");
  static final SqlType DATETIME = new DateTimeType("DateTime", false);
  static final SqlType BOOL = new BooleanType("Boolean");
  static final List<String> LEVELS = List.of("low", "medium", "high");

  private static final Map<String, Function<Consumer<PythonWarning>, Table>> CASES =
      new LinkedHashMap<>();

  private static void put(String name, Function<Consumer<PythonWarning>, Table> table) {
    CASES.put(name, table);
  }

  private static Function<Consumer<PythonWarning>, Table> table(
      String name, TableElement... elements) {
    return warnings -> Table.assemble(name, List.of(elements), warnings);
  }

  static Column col(String name, SqlType type) {
    return new Column(name, type);
  }

  static Column pk(String name, SqlType type) {
    return new Column(name, type).withPrimaryKey(true);
  }

  static ForeignKey fk(String target) {
    return new ForeignKey(target, null);
  }

  /** types_models.TypeDemo of reference step 15 (declarative, so create_all's order). */
  static List<TableElement> typeDemoColumns() {
    return List.of(
        pk("id", INT),
        col("c_integer", INT),
        col("c_biginteger", new IntegerType("BigInteger")),
        col("c_smallinteger", new IntegerType("SmallInteger")),
        new Column("c_string255", new StringType("String", 255), false),
        col("c_string", STR),
        col("c_text", new StringType("Text")),
        col("c_unicode", new StringType("Unicode", 50)),
        col("c_unicodetext", new StringType("UnicodeText")),
        new Column("c_boolean", BOOL, false),
        col("c_boolean_ck", new BooleanType("Boolean", true, null)),
        col("c_datetime", DATETIME),
        col("c_datetime_tz", new DateTimeType("DateTime", true)),
        col("c_date", new DateType("Date")),
        col("c_time", new TimeType("Time", false)),
        col("c_interval", new IntervalType()),
        col("c_float", new FloatType("Float")),
        col("c_numeric", new NumericType("Numeric", null, null)),
        col("c_numeric_10_2", new NumericType("Numeric", 10, 2)),
        col("c_json", new JsonType(TypeModule.SQLALCHEMY, false)),
        col("c_enum", new EnumType(LEVELS, "priority_level", false)),
        col("c_enum_ck", new EnumType(LEVELS, "priority_level_ck", true)),
        col("c_enum_py", new EnumType(LEVELS, "level", false)),
        col("c_largebinary", new BinaryType("LargeBinary", null)),
        col("c_default_ts", DATETIME).withServerDefault(new TextServerDefault("CURRENT_TIMESTAMP")),
        col("c_default_now", new DateTimeType("DateTime", true))
            .withServerDefault(new FunctionServerDefault("now")),
        new Column("c_default_str", new StringType("String", 20), false)
            .withServerDefault(new StringServerDefault("todo")),
        new Column("c_default_false", BOOL, false)
            .withServerDefault(new BooleanServerDefault(false)),
        col("c_default_int", INT).withServerDefault(new StringServerDefault("0")),
        col("c_unique", new StringType("String", 100)).withUnique(true),
        col("c_indexed", new StringType("String", 100)).withIndex(true));
  }

  static {
    List<TableElement> typeDemo = new ArrayList<>(typeDemoColumns());
    typeDemo.add(new CheckConstraint("c_integer >= 0", "ck_type_demo_c_integer_positive"));
    put("type_demo_create_all", table("type_demo", typeDemo.toArray(TableElement[]::new)));
    put(
        "child_create_all",
        table(
            "child",
            pk("id", INT),
            new Column("parent_id", INT, false)
                .withForeignKeys(List.of(new ForeignKey("type_demo.id", "CASCADE"))),
            new Column("name", new StringType("String", 50), false),
            new UniqueConstraint(List.of("parent_id", "name"), "uq_child_parent_name")));
    put(
        "todo_idempotency_keys",
        table(
            "todo_idempotency_keys",
            pk("id", INT),
            new Column("key", new StringType("String", 255), false).withUnique(true),
            new Column("todo_id", INT, false).withForeignKeys(List.of(fk("todos.id"))),
            new Column("created_at", DATETIME, false)));
    put(
        "tags",
        table(
            "tags",
            pk("id", INT),
            new Column("name", new StringType("String", 50), false).withUnique(true),
            col("color", new StringType("String", 7)).withIndex(true),
            new Column("created_at", DATETIME, false)));
    put("alembic_version", w -> VersionTableSql.standard().table());
    put(
        "quoted_names",
        table(
            "Todo Items",
            pk("Id", INT),
            col("Due Date", new DateType("Date")),
            col("order", INT).withForeignKeys(List.of(fk("Other.select"))),
            col("key", new BooleanType("Boolean", true, "Ck Key")),
            col("Order", new EnumType(List.of("it's", "b\"c"), null, true)),
            new UniqueConstraint(List.of("key", "order"), "uq_Key")));
    put("composite_pk", table("t", pk("b", STR), pk("a", INT), col("c", INT)));
    put(
        "explicit_pk_named",
        table(
            "t",
            col("a", INT),
            col("b", INT),
            new PrimaryKeyConstraint(List.of("b", "a"), "pk_t")));
    put(
        "pk_mismatch",
        table("t", pk("a", INT), col("b", INT), new PrimaryKeyConstraint(List.of("b"))));
    put("pk_empty_named", table("t", pk("a", INT), new PrimaryKeyConstraint(List.of(), "pkx")));
    put("pk_nullable", table("t", pk("a", INT).withNullable(true)));
    put(
        "pk_deferrable",
        table("t", col("a", INT), new PrimaryKeyConstraint(List.of("a"), null, true, "DEFERRED")));
    put(
        "sqlite_autoincrement",
        w ->
            Table.assemble("t", List.of(pk("id", INT), col("x", new StringType("String", 5))), w)
                .withSqliteAutoincrement(true));
    put(
        "sqlite_autoincrement_bigint_named_pk",
        w ->
            Table.assemble(
                    "t",
                    List.of(
                        col("id", new IntegerType("BigInteger")),
                        new PrimaryKeyConstraint(List.of("id"), "pk_t")),
                    w)
                .withSqliteAutoincrement(true));
    put(
        "sqlite_autoincrement_fk",
        w ->
            Table.assemble("t", List.of(pk("a", INT).withForeignKeys(List.of(fk("p.id")))), w)
                .withSqliteAutoincrement(true));
    put(
        "sqlite_autoincrement_table_fk",
        w ->
            Table.assemble(
                    "t",
                    List.of(
                        pk("a", INT),
                        new ForeignKeyConstraint(List.of("a"), "p", List.of("id"), null)),
                    w)
                .withSqliteAutoincrement(true));
    put(
        "sqlite_autoincrement_string",
        w -> Table.assemble("t", List.of(pk("a", STR)), w).withSqliteAutoincrement(true));
    put(
        "sqlite_autoincrement_composite",
        w ->
            Table.assemble("t", List.of(pk("a", INT), pk("b", INT)), w)
                .withSqliteAutoincrement(true));
    put(
        "without_rowid",
        w ->
            Table.assemble("t", List.of(pk("id", INT), col("b", INT)), w)
                .withSqliteWithRowid(false));
    put(
        "composite_autoincrement_error",
        table("t", pk("a", INT).withAutoincrement(Autoincrement.TRUE), pk("b", INT)));
    put("nulltype_error", table("t", col("id", INT), col("a", new NullType())));
    put(
        "array_error",
        table("t", col("a", new UnsupportedType("sa", "ARRAY", "Integer()", "sa.Integer()"))));
    put(
        "fk_full",
        table(
            "t",
            col("a", INT),
            col("b", INT),
            new ForeignKeyConstraint(
                List.of("a", "b"),
                "Other",
                List.of("x", "select"),
                "fk_ab",
                "restrict",
                "SET NULL",
                true,
                "DEFERRED",
                "FULL")));
    put(
        "fk_two_on_one_column",
        table(
            "t",
            col("a", INT)
                .withForeignKeys(
                    List.of(
                        new ForeignKey("p.id", "fk1", null, null, false, null, null),
                        new ForeignKey("q.id", null, null, "CASCADE", null, null, null)))));
    put(
        "fk_bad_ondelete",
        table(
            "t",
            col("a", INT),
            new ForeignKeyConstraint(List.of("a"), "p", List.of("id"), "bogus")));
    put(
        "check_bad_initially",
        table("t", col("a", INT), new CheckConstraint("a>0", null, null, "bogus")));
    put(
        "unique_deferrable",
        table("t", col("a", INT), new UniqueConstraint(List.of("a"), null, true, "immediate")));
    put(
        "check_not_deferrable",
        table(
            "t",
            col("a", INT),
            new CheckConstraint("a > :limit AND a <> '\\:x'", null, false, null)));
    put(
        "column_level_check",
        table(
            "t",
            new Column("a", INT, false)
                .withConstraints(List.of(new CheckConstraint("a > 0", "ck_a"))),
            col("b", INT).withConstraints(List.of(new CheckConstraint("b < 9", null)))));
    put(
        "server_defaults",
        table(
            "t",
            col("s", STR).withServerDefault(new StringServerDefault("o'k")),
            col("s_empty", STR).withServerDefault(new StringServerDefault("")),
            col("t", DATETIME).withServerDefault(new TextServerDefault("CURRENT_TIMESTAMP")),
            col("t_paren", DATETIME)
                .withServerDefault(new TextServerDefault("(CURRENT_TIMESTAMP)")),
            col("t_param", INT).withServerDefault(new TextServerDefault("x = :y and z = '\\:w'")),
            col("f_now", DATETIME).withServerDefault(new FunctionServerDefault("now")),
            col("f_NOW", DATETIME).withServerDefault(new FunctionServerDefault("NOW")),
            col("f_current_date", new DateType("Date"))
                .withServerDefault(new FunctionServerDefault("current_date")),
            col("f_current_timestamp", new DateType("Date"))
                .withServerDefault(new FunctionServerDefault("current_timestamp")),
            col("f_localtimestamp", DATETIME)
                .withServerDefault(new FunctionServerDefault("localtimestamp")),
            col("f_random", INT).withServerDefault(new FunctionServerDefault("random")),
            col("f_coalesce", INT)
                .withServerDefault(
                    new FunctionServerDefault("coalesce", Arrays.asList(null, 1L, 2.5, true, "x"))),
            col("f_datetime", STR)
                .withServerDefault(
                    new FunctionServerDefault("datetime", List.of("now", "localtime"))),
            col("f_Mixed", STR)
                .withServerDefault(
                    new FunctionServerDefault(
                        "StrFTime", List.of("%Y", new FunctionServerDefault("now")))),
            col("f_count", INT).withServerDefault(new FunctionServerDefault("count")),
            col("lc", INT).withServerDefault(new LiteralColumnServerDefault("1 + 1")),
            col("b_true", BOOL).withServerDefault(new BooleanServerDefault(true)),
            new Column("b_false", BOOL, false).withServerDefault(new BooleanServerDefault(false)),
            col("zero_text", INT).withServerDefault(new TextServerDefault("0"))));
    put(
        "attach_order",
        table(
            "t",
            col("a", INT).withForeignKeys(List.of(fk("p.id"))).withUnique(true),
            col("b", new BooleanType("Boolean", true, null))
                .withForeignKeys(List.of(fk("q.id")))
                .withUnique(true),
            col("c", new EnumType(List.of("x", "y"), "ck_c", true)),
            new CheckConstraint("a > b", null),
            new UniqueConstraint(List.of("c"), "uq_c")));
    put(
        "index_flags",
        table("t", col("a", INT).withUnique(true).withIndex(true), col("B", INT).withIndex(true)));
    put("empty", table("t"));
    put(
        "empty_unique_after_pk",
        table("t", pk("id", INT), new UniqueConstraint(List.of()), new CheckConstraint("", null)));
    put("duplicate_column", table("t", col("a", INT), col("b", INT), col("a", STR)));
    put("enum_empty_ck", table("t", col("e", new EnumType(List.of(), null, true))));
    put("unknown_unique_column", table("t", col("a", INT), new UniqueConstraint(List.of("nope"))));
    put(
        "fk_count_mismatch",
        w ->
            Table.assemble(
                "t",
                List.of(
                    col("a", INT),
                    new ForeignKeyConstraint(List.of("a", "b"), "p", List.of("id"), null)),
                w));
  }

  @Test
  void everyGoldenCaseHasATable() {
    assertEquals(Goldens.read("create_table.golden").keySet(), CASES.keySet());
  }

  @TestFactory
  Stream<DynamicTest> createTableMatchesSqlAlchemy() {
    return Goldens.read("create_table.golden").entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(), () -> assertEquals(e.getValue(), run(CASES.get(e.getKey())))));
  }

  private static String run(Function<Consumer<PythonWarning>, Table> make) {
    List<String> lines = new ArrayList<>();
    List<PythonWarning> warnings = new ArrayList<>();
    String error = null;
    try {
      Table table = make.apply(warnings::add);
      StringBuilder text = new StringBuilder(SqliteDdlCompiler.createTable(table));
      table.indexes().stream()
          .sorted(Comparator.comparing(Index::name))
          .forEach(ix -> text.append(SqliteDdlCompiler.createIndex(ix)).append('\n'));
      lines.add(text.toString());
    } catch (PythonException e) {
      error = "!! " + e.tracebackLine();
    }
    warnings.forEach(w -> lines.add("WARN " + w.category() + ": " + w.message()));
    if (error != null) {
      lines.add(error);
    }
    return String.join("\n", lines);
  }
}
