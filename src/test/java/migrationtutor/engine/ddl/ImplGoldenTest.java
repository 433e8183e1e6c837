package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import migrationtutor.engine.schema.BooleanServerDefault;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TextServerDefault;
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UniqueConstraint;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Migration operations through {@link SqliteImpl} and a {@link CapturingSqlSink}, each run offline,
 * offline as the generated env.py configures it, and online, against impl.golden.
 */
class ImplGoldenTest {
  private record Env(AlembicOps ops, SqliteImpl impl, SqlSink sink) {}

  private static final SqlType INT = new IntegerType("Integer");
  private static final SqlType STR = new StringType("String");
  private static final SqlType DATETIME = new DateTimeType("DateTime", false);
  private static final SqlType BOOL = new BooleanType("Boolean");
  private static final SqlType BOOL_CK = new BooleanType("Boolean", true, null);
  private static final Map<String, Consumer<Env>> CASES = new LinkedHashMap<>();

  private static void put(String name, Consumer<Env> op) {
    CASES.put(name, op);
  }

  private static StringType string(int length) {
    return new StringType("String", length);
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static Table table(String name, Column... columns) {
    return new Table(name, List.of(columns));
  }

  private static ColumnAlteration alter(String table, String column) {
    return ColumnAlteration.of(table, column);
  }

  static {
    put(
        "create_table_type_demo",
        e -> {
          e.ops()
              .createTable(
                  "type_demo",
                  new Column("id", INT, false),
                  new Column("c_integer", INT, true),
                  new Column("c_string255", string(255), false),
                  new Column("c_boolean_ck", BOOL_CK, true),
                  new Column("c_numeric_10_2", new NumericType("Numeric", 10, 2), true),
                  new Column(
                      "c_enum_ck",
                      new EnumType(List.of("low", "medium", "high"), "priority_level_ck", true),
                      true),
                  new Column("c_default_ts", DATETIME, true)
                      .withServerDefault(new TextServerDefault("(CURRENT_TIMESTAMP)")),
                  new Column("c_default_false", BOOL, false)
                      .withServerDefault(new TextServerDefault("0")),
                  new Column("c_default_str", string(20), false)
                      .withServerDefault(new StringServerDefault("todo")),
                  new Column("c_default_int", INT, true)
                      .withServerDefault(new StringServerDefault("0")),
                  new Column("c_unique", string(100), true),
                  new Column("c_indexed", string(100), true),
                  new CheckConstraint("c_integer >= 0", "ck_type_demo_c_integer_positive"),
                  new PrimaryKeyConstraint(List.of("id")),
                  new UniqueConstraint(List.of("c_unique")));
          e.impl()
              .createIndex(
                  Index.onColumns(
                      "ix_type_demo_c_indexed", "type_demo", List.of("c_indexed"), false));
          e.ops()
              .createTable(
                  "child",
                  new Column("id", INT, false),
                  new Column("parent_id", INT, false),
                  new Column("name", string(50), false),
                  new ForeignKeyConstraint(
                      List.of("parent_id"), "type_demo", List.of("id"), "CASCADE"),
                  new PrimaryKeyConstraint(List.of("id")),
                  new UniqueConstraint(List.of("parent_id", "name"), "uq_child_parent_name"));
        });
    put(
        "create_table_tags",
        e ->
            e.ops()
                .createTable(
                    "tags",
                    new Column("id", INT, false),
                    new Column("name", string(50), false),
                    new Column("color", string(7), true).withIndex(true),
                    new Column("created_at", DATETIME, false),
                    new PrimaryKeyConstraint(List.of("id")),
                    new UniqueConstraint(List.of("name"))));
    put(
        "create_table_column_flags",
        e ->
            e.ops()
                .createTable(
                    "todo_idempotency_keys",
                    new Column("id", INT).withPrimaryKey(true),
                    new Column("key", string(255), false).withUnique(true),
                    new Column("todo_id", INT, false)
                        .withForeignKeys(List.of(new ForeignKey("todos.id", "CASCADE"))),
                    new Column("flag", BOOL_CK).withServerDefault(new BooleanServerDefault(true)),
                    new CheckConstraint("length(\"key\") > 0", null),
                    Index.onColumns(
                        "ix_keys_todo", "todo_idempotency_keys", List.of("todo_id"), true)));
    put(
        "create_table_comment_ignored",
        e ->
            e.impl()
                .createTable(
                    Table.assemble("t", List.of(new Column("a", INT).withComment("c")))
                        .withComment("tc")));
    put("drop_table", e -> e.impl().dropTable("tags"));
    put("drop_table_quoted", e -> e.impl().dropTable("Tags"));
    put("rename_table", e -> e.impl().renameTable("tags", "labels"));
    put("rename_table_quoted", e -> e.impl().renameTable("tags", "Labels"));
    put(
        "add_column",
        e ->
            e.ops()
                .addColumn(
                    "todos", new Column("deleted_at", new DateTimeType("DateTime", true), true)));
    put(
        "add_column_not_null_default",
        e ->
            e.ops()
                .addColumn(
                    "todos",
                    new Column("status", string(20), false)
                        .withServerDefault(new StringServerDefault("todo"))));
    put(
        "add_column_not_null",
        e -> e.ops().addColumn("todos", new Column("status", string(20), false)));
    put(
        "add_column_func_default",
        e ->
            e.ops()
                .addColumn(
                    "todos",
                    new Column("created", DATETIME)
                        .withServerDefault(new FunctionServerDefault("now"))));
    put(
        "add_column_unique",
        e -> e.ops().addColumn("todos", new Column("code", string(5)).withUnique(true)));
    put(
        "add_column_index",
        e -> e.ops().addColumn("todos", new Column("code", string(5)).withIndex(true)));
    put(
        "add_column_unique_index",
        e ->
            e.ops()
                .addColumn(
                    "todos", new Column("code", string(5)).withIndex(true).withUnique(true)));
    put(
        "add_column_fk",
        e ->
            e.ops()
                .addColumn(
                    "todos",
                    new Column("tag_id", INT)
                        .withForeignKeys(List.of(new ForeignKey("tags.id", null)))));
    put(
        "add_column_boolean_ck",
        e -> e.ops().addColumn("todos", new Column("done", BOOL_CK, true)));
    put(
        "add_column_pk",
        e -> e.ops().addColumn("todos", new Column("u", INT).withPrimaryKey(true)));
    put("drop_column", e -> e.impl().dropColumn("todos", "priority"));
    put("drop_column_quoted", e -> e.impl().dropColumn("todos", "select"));
    put(
        "alter_nullable_false",
        e -> e.ops().alterColumn(alter("todos", "title").withNullable(false)));
    put(
        "alter_nullable_true",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "title")
                        .withExisting(string(255), null, null, null)
                        .withNullable(true)));
    put(
        "alter_type",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "title")
                        .withType(string(100))
                        .withExisting(string(255), null, null, null)));
    put(
        "alter_default_string",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "priority").withServerDefault(new StringServerDefault("0"))));
    put(
        "alter_default_none",
        e -> e.ops().alterColumn(alter("todos", "priority").withServerDefault(null)));
    put(
        "alter_default_func",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "created").withServerDefault(new FunctionServerDefault("now"))));
    put(
        "alter_default_text",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "created")
                        .withServerDefault(new TextServerDefault("CURRENT_TIMESTAMP"))));
    put(
        "alter_default_false",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "done").withServerDefault(new BooleanServerDefault(false))));
    put("alter_rename", e -> e.ops().alterColumn(alter("todos", "title").withNewName("name")));
    put(
        "alter_all",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "title")
                        .withNullable(false)
                        .withServerDefault(new StringServerDefault("x"))
                        .withNewName("name")
                        .withType(string(100))
                        .withExisting(string(255), null, true, null)));
    put(
        "alter_comment",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "title").withNullable(true).withComment("hi").withNewName("t")));
    put(
        "alter_autoincrement",
        e -> e.ops().alterColumn(alter("todos", "id").withAutoincrement(true, null)));
    put(
        "alter_type_boolean_ck",
        e ->
            e.ops()
                .alterColumn(
                    alter("todos", "flag")
                        .withType(BOOL_CK)
                        .withExisting(BOOL_CK, null, null, null)));
    put(
        "alter_type_nulltype",
        e ->
            e.ops()
                .alterColumn(alter("todos", "title").withNullable(false).withType(new NullType())));
    put("alter_nothing", e -> e.ops().alterColumn(alter("todos", "title")));
    put(
        "create_index",
        e ->
            e.impl()
                .createIndex(Index.onColumns("ix_todos_title", "todos", List.of("title"), false)));
    put(
        "create_index_unique_multi",
        e ->
            e.impl()
                .createIndex(Index.onColumns("uix_todos", "todos", List.of("title", "key"), true)));
    put(
        "create_index_partial",
        e ->
            e.impl()
                .createIndex(
                    new Index(
                        "ix_todos_open",
                        "todos",
                        List.of(IndexElement.column("title")),
                        false,
                        "is_completed = 0")));
    put(
        "create_index_expressions",
        e ->
            e.impl()
                .createIndex(
                    new Index(
                        "ix_lower",
                        "tags",
                        List.of(
                            IndexElement.text("lower(name)"),
                            IndexElement.column("color"),
                            IndexElement.column("lower(x)")),
                        false,
                        null)));
    put(
        "create_index_no_name",
        e -> e.impl().createIndex(Index.onColumns(null, "tags", List.of("color"), false)));
    put(
        "create_index_no_name_expression",
        e ->
            e.impl()
                .createIndex(
                    new Index(
                        null,
                        "tags",
                        List.of(IndexElement.text("lower(name)"), IndexElement.column("color")),
                        false,
                        null)));
    put("drop_index", e -> e.impl().dropIndex("ix_tags_color"));
    put("drop_index_quoted", e -> e.impl().dropIndex("Ix Tags"));
    Table tags = table("tags", new Column("id", INT), new Column("name", STR));
    put(
        "bulk_insert_tags",
        e ->
            e.impl()
                .bulkInsert(
                    tags,
                    List.of(
                        row("id", 1L, "name", "home"),
                        row("id", 2L, "name", "o'clock"),
                        row("name", "work", "id", 3L)),
                    true));
    put(
        "bulk_insert_one_row",
        e -> e.impl().bulkInsert(tags, List.of(row("id", 1L, "name", "home")), true));
    Table typed =
        table(
            "tags",
            new Column("id", INT),
            new Column("name", STR),
            new Column("created_at", DATETIME),
            new Column("is_default", BOOL),
            new Column("weight", new NumericType("Numeric", 5, 2)),
            new Column("meta", new JsonType(TypeModule.SQLALCHEMY, false)),
            new Column("raw", new NullType()));
    put(
        "bulk_insert_types",
        e ->
            e.impl()
                .bulkInsert(
                    typed,
                    List.of(
                        row(
                            "id",
                            1L,
                            "name",
                            "a",
                            "created_at",
                            LocalDateTime.of(2024, 1, 1, 9, 0),
                            "is_default",
                            true,
                            "weight",
                            new BigDecimal("1.50"),
                            "raw",
                            null),
                        row(
                            "id",
                            2L,
                            "name",
                            null,
                            "created_at",
                            LocalDate.of(2024, 2, 3),
                            "is_default",
                            false,
                            "weight",
                            2L,
                            "raw",
                            "x")),
                    true));
    put(
        "bulk_insert_json",
        e ->
            e.impl()
                .bulkInsert(
                    typed, List.of(row("id", 1L, "meta", Map.of("a", List.of(1L, "b")))), true));
    put(
        "bulk_insert_single",
        e ->
            e.impl()
                .bulkInsert(tags, List.of(row("id", 1L, "name", "home"), row("id", 2L)), false));
    Table ids = table("tags", new Column("id", INT));
    put("bulk_insert_empty_rows", e -> e.impl().bulkInsert(ids, List.of(), true));
    put("bulk_insert_empty_row", e -> e.impl().bulkInsert(ids, List.of(row(), row()), true));
    put(
        "bulk_insert_missing_key",
        e -> e.impl().bulkInsert(tags, List.of(row("id", 1L, "name", "x"), row("id", 2L)), true));
    put(
        "bulk_insert_unknown_key",
        e -> e.impl().bulkInsert(ids, List.of(row("id", 1L, "zz", 2L)), true));
    put(
        "bulk_insert_unknown_key_single",
        e -> e.impl().bulkInsert(ids, List.of(row("id", 1L, "zz", 2L)), false));
    put(
        "bulk_insert_bad_datetime",
        e ->
            e.impl()
                .bulkInsert(
                    table("t", new Column("dt", DATETIME)),
                    List.of(row("dt", LocalDateTime.of(2024, 1, 1, 0, 0)), row("dt", "2024-01-01")),
                    true));
    put(
        "bulk_insert_bad_bool_single",
        e -> e.impl().bulkInsert(table("t", new Column("b", BOOL)), List.of(row("b", 2L)), false));
    put(
        "bulk_insert_twelve_rows",
        e -> {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (long i = 0; i < 11; i++) {
            rows.add(row("i", i, "d", LocalDate.of(2024, 1, (int) i + 1)));
          }
          rows.add(row("i", 11L, "d", "bad"));
          e.impl()
              .bulkInsert(
                  table("t", new Column("i", INT), new Column("d", new DateType("Date"))),
                  rows,
                  true);
        });
    put(
        "execute_plain",
        e -> e.impl().execute("UPDATE todos SET priority = 0 WHERE title = 'a:b'"));
    put("execute_unbound_param", e -> e.impl().execute("UPDATE todos SET priority = :p"));
    put(
        "execute_bindparams",
        e ->
            e.impl()
                .execute(
                    "UPDATE todos SET title = :t, priority = :p, done = :d, due = :due WHERE id ="
                        + " :id",
                    Map.of(
                        "t",
                        "o'k",
                        "p",
                        2.5,
                        "d",
                        true,
                        "due",
                        LocalDate.of(2024, 1, 2),
                        "id",
                        7L)));
    Map<String, Object> zNone = new HashMap<>();
    zNone.put("z", null);
    put("execute_escaped_colon", e -> e.impl().execute("SELECT '\\:x', ':y' || :z", zNone));
    put("execute_repeated_param", e -> e.impl().execute("SELECT :a, :a", Map.of("a", 1L)));
    put(
        "create_unique_constraint",
        e -> e.impl().addConstraint(new UniqueConstraint(List.of("name"), "uq_tags_name")));
    put(
        "create_foreign_key",
        e ->
            e.impl()
                .addConstraint(
                    new ForeignKeyConstraint(
                        List.of("tag_id"),
                        "tags",
                        List.of("id"),
                        "fk_todo_tag",
                        null,
                        null,
                        null,
                        null,
                        null)));
    put(
        "create_check_constraint",
        e -> e.impl().addConstraint(new CheckConstraint("priority >= 0", "ck_priority")));
    put(
        "create_primary_key",
        e -> e.impl().addConstraint(new PrimaryKeyConstraint(List.of("id"), "pk_todos")));
    put(
        "drop_constraint",
        e -> e.impl().dropConstraint(new UniqueConstraint(List.of(), "uq_tags_name")));
    put("create_table_comment", e -> e.impl().createTableComment("todos", "It's the todo list"));
    put("drop_table_comment", e -> e.impl().dropTableComment("todos"));
    put(
        "version_table",
        e -> {
          VersionTableSql version = VersionTableSql.standard();
          e.impl().createTable(version.table());
          e.sink().execute(version.insert("7ef08f4a0da7"));
          if (e.sink().isOffline()) {
            e.sink().execute(version.update("7ef08f4a0da7", "754f44a882e4"));
            e.sink().execute(version.delete("754f44a882e4"));
          }
          e.impl().dropTable(version.tableName());
        });
  }

  @Test
  void everyGoldenCaseHasAnOperation() {
    assertEquals(Goldens.read("impl.golden").keySet(), CASES.keySet());
  }

  @TestFactory
  Stream<DynamicTest> operationsMatchAlembic() {
    return Goldens.read("impl.golden").entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      Consumer<Env> op = CASES.get(e.getKey());
                      String actual =
                          "-- offline\n"
                              + run(op, true, ImplOptions.plain())
                              + "-- offline env.py\n"
                              + run(op, true, ImplOptions.offlineEnvPy())
                              + "-- online\n"
                              + run(op, false, ImplOptions.plain());
                      assertEquals(e.getValue(), actual);
                    }));
  }

  private static String run(Consumer<Env> op, boolean offline, ImplOptions options) {
    CapturingSqlSink sink = new CapturingSqlSink(offline);
    List<PythonWarning> warnings = new ArrayList<>();
    String error = null;
    try {
      SqliteImpl impl = new SqliteImpl(sink, options, warnings::add);
      op.accept(new Env(new AlembicOps(impl), impl, sink));
    } catch (PythonException e) {
      error = "!! " + e.tracebackLine();
    }
    StringBuilder out = new StringBuilder();
    for (SqlStatement s : sink.statements()) {
      if (offline) {
        // DefaultImpl.static_output writes text + "\n\n".
        out.append(s.offlineText()).append("\n\n");
      } else {
        out.append(s.isExecutemany() ? "executemany " : "execute ")
            .append(PythonRepr.strRepr(s.sql()))
            .append(' ')
            .append(driverParameters(s))
            .append('\n');
      }
    }
    warnings.forEach(
        w ->
            out.append("WARN ").append(w.category()).append(": ").append(w.message()).append('\n'));
    if (error != null) {
      out.append(error).append('\n');
    }
    return out.toString();
  }

  // What the recording DBAPI cursor saw: a tuple for execute, a list of tuples for executemany.
  private static String driverParameters(SqlStatement s) {
    if (s.parameterSets().isEmpty()) {
      return "()";
    } else if (!s.isExecutemany()) {
      return PythonRepr.tupleRepr(s.parameterSets().get(0));
    }
    return s.parameterSets().stream()
        .map(PythonRepr::tupleRepr)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
