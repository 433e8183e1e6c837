package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import migrationtutor.engine.schema.BooleanServerDefault;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.LiteralColumnServerDefault;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TextServerDefault;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code SQLiteImpl.requires_recreate_in_batch} against recreate.golden. */
class RecreateGoldenTest {
  private static final Map<String, List<BatchOperation>> CASES = new LinkedHashMap<>();

  static {
    DateTimeType datetime = new DateTimeType("DateTime", false);
    IntegerType integer = new IntegerType("Integer");
    CASES.put(
        "add_column_plain",
        List.of(
            BatchOperation.addColumn(
                new Column("deleted_at", new DateTimeType("DateTime", true)))));
    CASES.put(
        "add_column_string_default",
        List.of(
            BatchOperation.addColumn(
                new Column("status", new StringType("String"))
                    .withServerDefault(new StringServerDefault("todo")))));
    CASES.put(
        "add_column_text_default",
        List.of(
            BatchOperation.addColumn(
                new Column("c", datetime)
                    .withServerDefault(new TextServerDefault("CURRENT_TIMESTAMP")))));
    CASES.put(
        "add_column_func_default",
        List.of(
            BatchOperation.addColumn(
                new Column("c", datetime).withServerDefault(new FunctionServerDefault("now")))));
    CASES.put(
        "add_column_false_default",
        List.of(
            BatchOperation.addColumn(
                new Column("c", new BooleanType("Boolean"))
                    .withServerDefault(new BooleanServerDefault(false)))));
    CASES.put(
        "add_column_literal_column_default",
        List.of(
            BatchOperation.addColumn(
                new Column("c", integer).withServerDefault(new LiteralColumnServerDefault("1")))));
    CASES.put(
        "indexes_only",
        List.of(BatchOperation.named("create_index"), BatchOperation.named("drop_index")));
    CASES.put(
        "add_column_and_index",
        List.of(
            BatchOperation.addColumn(new Column("c", integer)),
            BatchOperation.named("create_index")));
    CASES.put("drop_column", List.of(BatchOperation.named("drop_column")));
    CASES.put(
        "alter_column",
        List.of(
            BatchOperation.addColumn(new Column("c", integer)),
            BatchOperation.named("alter_column")));
    CASES.put("add_constraint", List.of(BatchOperation.named("add_constraint")));
    CASES.put("empty", List.of());
  }

  @Test
  void everyGoldenCaseHasABatch() {
    assertEquals(Goldens.read("recreate.golden").keySet(), CASES.keySet());
  }

  @TestFactory
  Stream<DynamicTest> recreateDecisionMatchesAlembic() {
    SqliteImpl impl = new SqliteImpl(new CapturingSqlSink(false), ImplOptions.plain(), w -> {});
    return Goldens.read("recreate.golden").entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () ->
                        assertEquals(
                            e.getValue(),
                            impl.requiresRecreateInBatch(CASES.get(e.getKey()))
                                ? "True"
                                : "False")));
  }
}
