package migrationtutor.engine.batch;

import static migrationtutor.engine.batch.BatchScenarioParts.*;
import static migrationtutor.engine.batch.BatchScenarios.add;
import static migrationtutor.engine.batch.BatchScenarios.offline;

import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.StringServerDefault;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TextServerDefault;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * The second half of gen_batch_golden.py's scenarios, in the same order (indexes carried over,
 * renames, naming conventions, reflection of odd tables, offline copies); BatchScenarios.all() adds
 * them after its own. Keep in step with SCENARIOS there.
 */
final class BatchRebuildScenarios {
  private BatchRebuildScenarios() {}

  static void addTo(Map<String, BatchScenarios.Scenario> s) {
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
  }
}
