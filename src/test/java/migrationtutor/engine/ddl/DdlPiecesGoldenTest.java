package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import migrationtutor.engine.schema.BooleanServerDefault;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TextServerDefault;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * CREATE/DROP INDEX, DROP TABLE and Alembic's ALTER constructs compiled on their own, against
 * ddl_pieces.golden.
 */
class DdlPiecesGoldenTest {
  private static final Map<String, Supplier<String>> CASES = new LinkedHashMap<>();

  private static void alter(String name, AlterTable element) {
    CASES.put(name, () -> AlembicDdlCompiler.compile(element));
  }

  private static void index(String name, Index index) {
    CASES.put(name, () -> SqliteDdlCompiler.createIndex(index));
  }

  static {
    IntegerType integer = new IntegerType("Integer");
    DateTimeType datetime = new DateTimeType("DateTime", false);
    index("create_index", Index.onColumns("ix_tags_color", "tags", List.of("color"), false));
    index(
        "create_index_unique_multi",
        Index.onColumns("ix_tags_name_color", "tags", List.of("name", "color"), true));
    index("create_index_quoted", Index.onColumns("Ix Key", "Tags", List.of("key"), false));
    index(
        "create_index_partial",
        new Index(
            "ix_active",
            "tags",
            List.of(IndexElement.column("name")),
            false,
            "color IS NOT NULL AND name <> :n"));
    index(
        "create_index_expression",
        new Index(
            "ix_lower",
            "tags",
            List.of(IndexElement.text("lower(name)"), IndexElement.column("color")),
            false,
            null));
    CASES.put("drop_index", () -> SqliteDdlCompiler.dropIndex("ix_tags_color"));
    CASES.put("drop_index_quoted", () -> SqliteDdlCompiler.dropIndex("Ix Key"));
    CASES.put("drop_table", () -> SqliteDdlCompiler.dropTable("tags"));
    CASES.put("drop_table_quoted", () -> SqliteDdlCompiler.dropTable("Tags"));
    alter(
        "add_column",
        new AddColumn("todos", new Column("deleted_at", new DateTimeType("DateTime", true), true)));
    alter(
        "add_column_not_null_default",
        new AddColumn(
            "todos",
            new Column("status", new StringType("String", 20), false)
                .withServerDefault(new StringServerDefault("todo"))));
    alter(
        "add_column_text_default",
        new AddColumn(
            "todos",
            new Column("created", datetime)
                .withServerDefault(new TextServerDefault("CURRENT_TIMESTAMP"))));
    alter(
        "add_column_func_default",
        new AddColumn(
            "todos",
            new Column("created", datetime).withServerDefault(new FunctionServerDefault("now"))));
    alter(
        "add_column_false_default",
        new AddColumn(
            "todos",
            new Column("done", new BooleanType("Boolean"), false)
                .withServerDefault(new BooleanServerDefault(false))));
    alter("add_column_pk", new AddColumn("todos", new Column("u", integer).withPrimaryKey(true)));
    alter(
        "add_column_check",
        new AddColumn(
            "todos",
            new Column("u", integer)
                .withConstraints(List.of(new CheckConstraint("u > 0", "ck_u")))));
    alter("add_column_quoted", new AddColumn("Todos", new Column("order", integer)));
    alter("add_column_nulltype", new AddColumn("todos", new Column("u", new NullType())));
    alter("drop_column", new DropColumn("todos", "priority"));
    alter("drop_column_quoted", new DropColumn("todos", "select"));
    alter("column_nullable_true", new ColumnNullable("todos", "title", true));
    alter("column_nullable_false", new ColumnNullable("todos", "Title", false));
    alter("column_type", new ColumnType("todos", "title", new StringType("String", 100)));
    alter(
        "column_type_numeric", new ColumnType("todos", "price", new NumericType("Numeric", 10, 2)));
    alter(
        "column_default_string",
        new ColumnDefault("todos", "priority", new StringServerDefault("0")));
    alter("column_default_none", new ColumnDefault("todos", "priority", null));
    alter(
        "column_default_text",
        new ColumnDefault("todos", "priority", new TextServerDefault("(1 + 1)")));
    alter(
        "column_default_func",
        new ColumnDefault("todos", "created", new FunctionServerDefault("now")));
    alter(
        "column_default_false",
        new ColumnDefault("todos", "done", new BooleanServerDefault(false)));
    alter("column_name", new ColumnName("todos", "title", "name"));
    alter("column_name_quoted", new ColumnName("todos", "key", "Key"));
    alter("rename_table", new RenameTable("tags", "labels"));
    alter("rename_table_quoted", new RenameTable("tags", "Labels"));
  }

  @Test
  void everyGoldenCaseIsBuilt() {
    assertEquals(Goldens.read("ddl_pieces.golden").keySet(), CASES.keySet());
  }

  @TestFactory
  Stream<DynamicTest> piecesMatchSqlAlchemyAndAlembic() {
    return Goldens.read("ddl_pieces.golden").entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(), () -> assertEquals(e.getValue(), run(CASES.get(e.getKey())))));
  }

  private static String run(Supplier<String> compile) {
    try {
      return compile.get();
    } catch (PythonException e) {
      return "!! " + e.tracebackLine();
    }
  }
}
