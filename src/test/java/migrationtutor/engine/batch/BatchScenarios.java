package migrationtutor.engine.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;
import migrationtutor.engine.schema.TextServerDefault;
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * The scenarios of gen_batch_golden.py, each as the BatchRequest the op bindings build for the same
 * {@code with op.batch_alter_table(...)} block (after toimpl's expansion). Keep in step with
 * SCENARIOS there.
 */
final class BatchScenarios {
  private BatchScenarios() {}

  /** One scenario: where it runs and the request. */
  record Scenario(
      String name,
      String setup,
      String pre,
      boolean rerun,
      boolean offline,
      BatchRequest request) {}

  static final String ADD_DELETED_AT = "ALTER TABLE todos ADD COLUMN deleted_at DATETIME";

  static Map<String, Scenario> all() {
    Map<String, Scenario> s = new LinkedHashMap<>();
    add(s, "drop_column", "todos.sql", ADD_DELETED_AT, req("todos").op(dropColumn("deleted_at")));
    add(s, "recreate_always_noop_keys", "todos.sql", null, req("todo_idempotency_keys").always());
    add(
        s,
        "add_not_null_with_server_default",
        "todos.sql",
        null,
        req("todos")
            .always()
            .op(
                addColumn(
                    col("priority", integer())
                        .withNullable(false)
                        .withServerDefault(new StringServerDefault("0")))));
    add(
        s,
        "add_column_in_place",
        "todos.sql",
        null,
        req("todos")
            .op(addColumn(col("notes", text()).withNullable(true)))
            .op(
                new BatchOp.CreateIndex(
                    Index.onColumns("ix_todos_title", "todos", List.of("title"), false))));
    add(
        s,
        "add_column_text_default_recreates",
        "todos.sql",
        null,
        req("todos")
            .op(
                addColumn(
                    col("priority", integer())
                        .withNullable(false)
                        .withServerDefault(new TextServerDefault("1")))));
    add(
        s,
        "add_not_null_without_default_fails",
        "todos.sql",
        null,
        req("todos").always().op(addColumn(col("priority", integer()).withNullable(false))));
    add(
        s,
        "alter_nullable_false_ok",
        "todos.sql",
        null,
        req("todos")
            .op(
                alter(
                    "todos",
                    "title",
                    a -> a.withNullable(true).withExisting(string(255), null, null, null))));
    s.put(
        "alter_nullable_false_with_nulls",
        new Scenario(
            "alter_nullable_false_with_nulls",
            "todos.sql",
            null,
            true,
            false,
            req("todos")
                .op(
                    alter(
                        "todos",
                        "description",
                        a -> a.withNullable(false).withExisting(text(), null, null, null)))
                .build()));
    add(
        s,
        "alter_type_string_length",
        "todos.sql",
        null,
        req("todos")
            .op(
                alter(
                    "todos",
                    "title",
                    a -> a.withType(string(100)).withExisting(string(255), null, false, null))));
    add(
        s,
        "alter_type_float_to_numeric",
        "catalog.sql",
        null,
        req("products")
            .op(
                alter(
                    "products",
                    "price",
                    a ->
                        a.withType(new NumericType("Numeric", 10, 2))
                            .withExisting(new FloatType("Float"), null, null, null))));
    add(
        s,
        "alter_type_with_cast",
        "todos.sql",
        null,
        req("todos")
            .op(
                alter(
                    "todos",
                    "is_completed",
                    a ->
                        a.withType(string(5))
                            .withExisting(new BooleanType("Boolean"), null, null, null)))
            .op(alter("todos", "created_at", a -> a.withType(new DateType("Date")))));
    add(
        s,
        "alter_type_to_json_no_cast",
        "todos.sql",
        null,
        req("todos")
            .op(
                alter(
                    "todos",
                    "description",
                    a -> a.withType(new JsonType(TypeModule.SQLALCHEMY, false)))));
    add(
        s,
        "rename_column",
        "todos.sql",
        null,
        req("todos")
            .op(
                alter(
                    "todos",
                    "description",
                    a -> a.withNewName("details").withExisting(text(), null, null, null))));
    add(
        s,
        "rename_fk_and_unique_columns",
        "todos.sql",
        null,
        req("todo_idempotency_keys")
            .op(alter("todo_idempotency_keys", "key", a -> a.withNewName("idem_key")))
            .op(alter("todo_idempotency_keys", "todo_id", a -> a.withNewName("todo"))));
    add(
        s,
        "server_default_changes",
        "catalog.sql",
        null,
        req("products")
            .op(
                alter(
                    "products",
                    "status",
                    a -> a.withServerDefault(new StringServerDefault("draft"))))
            .op(alter("products", "stock", a -> a.withServerDefault(null)))
            .op(alter("products", "rating", a -> a.withServerDefault(new TextServerDefault("0"))))
            .op(
                alter(
                    "products",
                    "added_on",
                    a -> a.withServerDefault(new FunctionServerDefault("now")))));
    add(
        s,
        "create_named_unique",
        "todos.sql",
        null,
        req("todos").op(addConstraint(new UniqueConstraint(List.of("title"), "uq_todos_title"))));
    add(
        s,
        "drop_named_unique",
        "catalog.sql",
        null,
        req("products").op(dropConstraint("uq_products_name_category", "unique")));
    add(
        s,
        "drop_unnamed_unique_with_naming_convention",
        "todos.sql",
        null,
        req("todo_idempotency_keys")
            .convention("uq", "uq_%(table_name)s_%(column_0_name)s")
            .op(dropConstraint("uq_todo_idempotency_keys_key", "unique")));
    add(
        s,
        "naming_convention_names_everything",
        "catalog.sql",
        null,
        req("products")
            .always()
            .convention("pk", "pk_%(table_name)s")
            .convention("uq", "uq_%(table_name)s_%(column_0_name)s")
            .convention("fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s")
            .convention("ix", "ix_%(column_0_label)s"));
    add(
        s,
        "naming_convention_constraint_name_token",
        "catalog.sql",
        null,
        req("products")
            .convention("ck", "ck_%(table_name)s_%(constraint_name)s")
            .op(dropConstraint("ck_products_ck_products_stock", "check")));
    add(
        s,
        "create_unique_without_name_fails",
        "todos.sql",
        null,
        req("todos").op(addConstraint(new UniqueConstraint(List.of("title")))));
    add(
        s,
        "drop_missing_constraint_fails",
        "todos.sql",
        null,
        req("todos").op(dropConstraint("uq_nope", "unique")));
    add(
        s,
        "create_foreign_key",
        "catalog.sql",
        null,
        req("order_lines")
            .op(
                addConstraint(
                    new ForeignKeyConstraint(
                        List.of("product_id"),
                        "products",
                        List.of("id"),
                        "fk_lines_product",
                        "CASCADE",
                        null,
                        null,
                        null,
                        null))));
    add(
        s,
        "drop_named_foreign_key",
        "catalog.sql",
        null,
        req("products").op(dropConstraint("fk_products_category", "foreignkey")));
    add(
        s,
        "create_check_constraint",
        "todos.sql",
        null,
        req("todos")
            .op(addConstraint(new CheckConstraint("length(title) > 0", "ck_todos_title_len"))));
    add(
        s,
        "create_check_violated",
        "todos.sql",
        null,
        req("todos")
            .op(addConstraint(new CheckConstraint("length(title) > 8", "ck_todos_title_long"))));
    add(
        s,
        "drop_named_check_keeps_unnamed_out",
        "catalog.sql",
        null,
        req("products").op(dropConstraint("ck_products_stock", "check")));
    add(
        s,
        "create_primary_key",
        "todos.sql",
        null,
        req("todo_idempotency_keys")
            .op(addConstraint(new PrimaryKeyConstraint(List.of("id", "key"), "pk_keys"))));
    add(s, "indexes_carried_over", "catalog.sql", null, req("products").always());
    add(
        s,
        "create_and_drop_index_recreate",
        "catalog.sql",
        null,
        req("products")
            .op(new BatchOp.DropIndex("ix_products_name"))
            .op(
                new BatchOp.CreateIndex(
                    Index.onColumns(
                        "ix_products_price", "products", List.of("price", "name"), true)))
            .op(dropColumn("rating")));
    add(
        s,
        "drop_indexed_column_fails",
        "catalog.sql",
        null,
        req("products").op(dropColumn("status")));
    add(
        s,
        "drop_fk_and_unique_columns",
        "catalog.sql",
        null,
        req("products")
            .op(new BatchOp.DropIndex("ix_products_category_status"))
            .op(dropColumn("category_id"))
            .op(dropColumn("sku"))
            .op(new BatchOp.DropIndex("ix_products_sku_lower")));
    add(
        s,
        "drop_missing_index_fails",
        "catalog.sql",
        null,
        req("products").op(new BatchOp.DropIndex("ix_nope")).op(dropColumn("rating")));
    add(
        s,
        "composite_primary_key",
        "catalog.sql",
        null,
        req("order_lines")
            .op(alter("order_lines", "qty", a -> a.withType(new IntegerType("BigInteger")))));
    add(
        s,
        "insert_before_after",
        "todos.sql",
        null,
        req("todos")
            .always()
            .op(new BatchOp.AddColumn(col("a", integer()), "id", null))
            .op(new BatchOp.AddColumn(col("b", string(10)), null, "title"))
            .op(new BatchOp.AddColumn(col("c", integer()), null, "b"))
            .op(new BatchOp.AddColumn(col("d", integer()), "c", null))
            .op(addColumn(col("z", integer()))));
    add(
        s,
        "insert_after_without_recreate_fails",
        "todos.sql",
        null,
        req("todos").op(new BatchOp.AddColumn(col("a", integer()), null, "id")));
    add(
        s,
        "insert_after_allowed_after_recreating_op",
        "todos.sql",
        null,
        req("todos")
            .op(dropColumn("description"))
            .op(new BatchOp.AddColumn(col("a", integer()), null, "id")));
    add(
        s,
        "partial_reordering",
        "todos.sql",
        null,
        req("todos")
            .always()
            .reorder(List.of(List.of("title", "id"), List.of("created_at", "description")))
            .op(new BatchOp.AddColumn(col("x", integer()), null, "title")));
    add(
        s,
        "table_kwargs_and_args",
        "todos.sql",
        null,
        req("todos")
            .always()
            .kwarg("sqlite_autoincrement", true)
            .arg(new CheckConstraint("id > 0", "ck_id_positive")));
    add(
        s,
        "reflect_args_replace_columns",
        "todos.sql",
        null,
        req("todo_idempotency_keys")
            .reflect(col("todo_id", integer()))
            .reflect(col("created_at", new StringType("String", 30)).withUnique(true))
            .reflect(
                col("extra", integer())
                    .withNullable(false)
                    .withServerDefault(new StringServerDefault("1")))
            .reflect(new CheckConstraint("id > 0", "ck_id"))
            .op(
                alter(
                    "todo_idempotency_keys",
                    "key",
                    a -> a.withNullable(true).withExisting(string(255), null, null, null))));
    add(
        s,
        "reflect_args_demoting_the_primary_key_fails",
        "todos.sql",
        null,
        req("todos").reflect(col("id", integer())).op(dropColumn("description")));
    add(
        s,
        "primary_key_moved_to_another_column",
        "todos.sql",
        null,
        req("todos").op(addConstraint(new PrimaryKeyConstraint(List.of("title"), "pk_todos"))));
    add(
        s,
        "rename_onto_a_later_column",
        "todos.sql",
        null,
        req("todos").op(alter("todos", "title", a -> a.withNewName("description"))));
    add(
        s,
        "rename_onto_an_earlier_column",
        "todos.sql",
        null,
        req("todos").op(alter("todos", "created_at", a -> a.withNewName("title"))));
    offline(
        s,
        "rename_onto_an_earlier_column_offline",
        req("todos")
            .copyFrom(todosTable())
            .op(alter("todos", "description", a -> a.withNewName("title")))
            .op(alter("todos", "deleted_at", a -> a.withNewName("is_completed"))));
    add(
        s,
        "reflected_types_and_defaults",
        "catalog.sql",
        "ALTER TABLE oddities DROP COLUMN m",
        req("oddities").always());
    add(s, "reflected_column_without_type_fails", "catalog.sql", null, req("oddities").always());
    add(
        s,
        "recreate_never",
        "todos.sql",
        null,
        req("todos").never().op(alter("todos", "title", a -> a.withNewName("name"))));
    add(
        s,
        "rerun_after_leftover_tmp",
        "todos.sql",
        "CREATE TABLE _alembic_tmp_todos (x INTEGER)",
        req("todos").op(dropColumn("description")));
    offline(s, "offline_without_copy_from", req("todos").op(dropColumn("deleted_at")));
    offline(
        s,
        "offline_copy_from_drop_column",
        req("todos").copyFrom(todosTable()).op(dropColumn("deleted_at")));
    offline(
        s,
        "offline_copy_from_alter",
        req("todos")
            .copyFrom(todosTable())
            .op(alter("todos", "title", a -> a.withType(string(100)).withNullable(true)))
            .op(
                alter(
                    "todos",
                    "is_completed",
                    a -> a.withType(integer()).withServerDefault(new TextServerDefault("0"))))
            .op(
                new BatchOp.AddColumn(
                    col("priority", integer())
                        .withNullable(false)
                        .withServerDefault(new StringServerDefault("1")),
                    null,
                    "title")));
    offline(
        s,
        "offline_copy_from_keys",
        req("todo_idempotency_keys")
            .copyFrom(keysTable())
            .op(alter("todo_idempotency_keys", "key", a -> a.withNewName("idem_key")))
            .op(new BatchOp.DropIndex("ix_keys_todo"))
            .op(dropColumn("created_at")));
    offline(
        s,
        "offline_copy_from_drop_type_bound_check_fails",
        req("todo_idempotency_keys").copyFrom(keysTable()).op(dropConstraint("ck_flag", "check")));
    add(s, "expression_index_skipped", "catalog.sql", null, req("categories").always());
    add(
        s,
        "drop_constraint_bad_type",
        "todos.sql",
        null,
        req("todos").op(dropConstraint("x", "index")));
    add(
        s,
        "missing_referred_table_fails",
        "todos.sql",
        "DROP TABLE todos",
        req("todo_idempotency_keys").op(dropColumn("created_at")));
    add(
        s,
        "rename_and_retype",
        "todos.sql",
        null,
        req("todos")
            .op(alter("todos", "description", a -> a.withNewName("details").withType(string(50)))));
    add(
        s,
        "drop_primary_key_column",
        "catalog.sql",
        null,
        req("order_lines").op(dropColumn("line_no")));
    add(
        s,
        "add_unique_column_fails",
        "todos.sql",
        null,
        req("todos")
            .op(addColumn(col("code", string(10)).withUnique(true)))
            .op(addConstraint(new UniqueConstraint(List.of("code")))));
    add(
        s,
        "add_indexed_column",
        "todos.sql",
        null,
        req("todos")
            .always()
            .op(new BatchOp.AddColumn(col("code", string(10)).withIndex(true), null, "title"))
            .op(new BatchOp.CreateIndex(Index.onColumns(null, "todos", List.of("code"), false))));
    add(
        s,
        "table_comment_recreates",
        "todos.sql",
        null,
        req("todos").op(new BatchOp.CreateTableComment("Things to do", null)));
    add(
        s,
        "rename_self_referenced_primary_key",
        "catalog.sql",
        null,
        req("products").op(alter("products", "id", a -> a.withNewName("product_id"))));
    add(
        s,
        "rename_partial_index_column",
        "catalog.sql",
        null,
        req("products").op(alter("products", "name", a -> a.withNewName("title"))));
    offline(
        s,
        "offline_copy_from_keys_rename",
        req("todo_idempotency_keys")
            .copyFrom(keysTable())
            .op(alter("todo_idempotency_keys", "key", a -> a.withNewName("idem_key"))));
    add(
        s,
        "create_index_on_renamed_column_fails",
        "todos.sql",
        null,
        req("todos")
            .op(alter("todos", "title", a -> a.withNewName("name")))
            .op(
                new BatchOp.CreateIndex(
                    Index.onColumns("ix_todos_name", "todos", List.of("name"), false))));
    add(
        s,
        "add_then_drop_new_column_fails",
        "todos.sql",
        null,
        req("todos").always().op(addColumn(col("tmp", integer()))).op(dropColumn("tmp")));
    add(s, "edge_parents_rebuilt", "edge.sql", null, req("parents").always());
    add(
        s,
        "edge_children_rebuilt",
        "edge.sql",
        null,
        req("children").op(alter("children", "other", a -> a.withNewName("other_id"))));
    add(
        s,
        "edge_quoted_names_rebuilt",
        "edge.sql",
        null,
        req("weird name")
            .op(alter("weird name", "a\"b", a -> a.withNewName("a b").withType(string(20)))));
    add(
        s,
        "naming_convention_tokens",
        "catalog.sql",
        null,
        req("products")
            .always()
            .convention("pk", "pk_%(column_0_N_name)s")
            .convention("uq", "uq_%(table_name)s_%(column_0N_name)s")
            .convention(
                "fk", "fk_%(column_0_label)s_%(referred_table_name)s_%(referred_column_0_name)s")
            .convention("ix", "ix_%(constraint_name)s_%(column_0_key)s"));
    offline(s, "offline_add_column_only", req("todos").op(addColumn(col("notes", text()))));
    return s;
  }

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

  private static void add(Map<String, Scenario> s, String name, String setup, String pre, Req r) {
    s.put(name, new Scenario(name, setup, pre, false, false, r.build()));
  }

  private static void offline(Map<String, Scenario> s, String name, Req r) {
    s.put(name, new Scenario(name, null, null, false, true, r.build()));
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
