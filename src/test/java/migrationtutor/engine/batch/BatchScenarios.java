package migrationtutor.engine.batch;

import static migrationtutor.engine.batch.BatchScenarioParts.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.FunctionServerDefault;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.StringServerDefault;
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
    BatchRebuildScenarios.addTo(s);
    return s;
  }

  static void add(Map<String, Scenario> s, String name, String setup, String pre, Req r) {
    s.put(name, new Scenario(name, setup, pre, false, false, r.build()));
  }

  static void offline(Map<String, Scenario> s, String name, Req r) {
    s.put(name, new Scenario(name, null, null, false, true, r.build()));
  }
}
