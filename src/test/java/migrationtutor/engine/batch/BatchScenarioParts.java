package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;

/**
 * The pieces BatchScenarios builds its requests from: the tables of the setups, columns and types,
 * the batch operations, and a BatchRequest builder with batch_alter_table's defaults.
 */
final class BatchScenarioParts {
  private BatchScenarioParts() {}

  static Table todosTable() {
    return Table.assemble(
        "todos",
        List.of(
            col("id", integer()).withNullable(false),
            col("title", string(255)).withNullable(false),
            col("description", text()).withNullable(true),
            col("is_completed", new BooleanType("Boolean")).withNullable(false),
            col("created_at", new DateTimeType("DateTime", false)).withNullable(false),
            col("deleted_at", new DateTimeType("DateTime", false)).withNullable(true),
            new PrimaryKeyConstraint(List.of("id"))));
  }

  static Table keysTable() {
    return Table.assemble(
        "todo_idempotency_keys",
        List.of(
            col("id", integer()).withPrimaryKey(true),
            col("key", string(255)).withNullable(false).withUnique(true),
            col("todo_id", integer())
                .withForeignKeys(List.of(new ForeignKey("todos.id", null)))
                .withNullable(false),
            col("created_at", new DateTimeType("DateTime", false))
                .withNullable(false)
                .withIndex(true),
            col("flag", new BooleanType("Boolean", true, "ck_flag")),
            Index.onColumns("ix_keys_todo", "todo_idempotency_keys", List.of("todo_id"), false)));
  }

  static Column col(String name, SqlType type) {
    return new Column(name, type);
  }

  static SqlType integer() {
    return new IntegerType("Integer");
  }

  static SqlType text() {
    return new StringType("Text");
  }

  static SqlType string(int length) {
    return new StringType("String", length);
  }

  static BatchOp addColumn(Column c) {
    return new BatchOp.AddColumn(c, null, null);
  }

  static BatchOp dropColumn(String name) {
    return new BatchOp.DropColumn(name);
  }

  static BatchOp addConstraint(migrationtutor.engine.schema.Constraint c) {
    return new BatchOp.AddConstraint(c);
  }

  static BatchOp dropConstraint(String name, String type) {
    return new BatchOp.DropConstraint(name, type);
  }

  static BatchOp alter(
      String table, String column, java.util.function.UnaryOperator<ColumnAlteration> change) {
    return new BatchOp.AlterColumn(change.apply(ColumnAlteration.of(table, column)), null, null);
  }

  static Req req(String table) {
    return new Req(table);
  }

  /** A BatchRequest builder with batch_alter_table's defaults. */
  static final class Req {
    private final String table;
    private String recreate = "auto";
    private Table copyFrom;
    private final List<TableElement> args = new ArrayList<>();
    private final Map<String, Object> kwargs = new LinkedHashMap<>();
    private List<List<String>> reordering = List.of();
    private final Map<String, String> convention = new LinkedHashMap<>();
    private final List<BatchOp> ops = new ArrayList<>();
    private final List<TableElement> reflectArgs = new ArrayList<>();

    Req(String table) {
      this.table = table;
    }

    Req always() {
      recreate = "always";
      return this;
    }

    Req never() {
      recreate = "never";
      return this;
    }

    Req copyFrom(Table t) {
      copyFrom = t;
      return this;
    }

    Req arg(TableElement e) {
      args.add(e);
      return this;
    }

    Req kwarg(String k, Object v) {
      kwargs.put(k, v);
      return this;
    }

    Req reorder(List<List<String>> r) {
      reordering = r;
      return this;
    }

    Req convention(String key, String value) {
      convention.put(key, value);
      return this;
    }

    Req reflect(TableElement e) {
      reflectArgs.add(e);
      return this;
    }

    Req op(BatchOp op) {
      ops.add(op);
      return this;
    }

    BatchRequest build() {
      return new BatchRequest(
          table, recreate, copyFrom, args, kwargs, reordering, convention, ops, reflectArgs);
    }
  }
}
