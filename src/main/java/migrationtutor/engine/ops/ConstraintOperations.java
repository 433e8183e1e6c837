package migrationtutor.engine.ops;

import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNone;

/**
 * The constraint and index operations of {@code alembic.op}. On SQLite every explicit constraint
 * operation ends in the impl's {@code NotImplementedError} (after its arguments have been checked,
 * as Alembic builds the constraint first); indexes are created and dropped.
 */
final class ConstraintOperations {
  private ConstraintOperations() {}

  static void register(OpRuntime rt, PyModule op) {
    op.put(
        "create_index",
        rt.method(
            "create_index(self, index_name, table_name, columns,"
                + " schema=None, unique=False, **kw)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.create_index");
              rt.impl()
                  .createIndex(
                      rt.schema()
                          .index(
                              b.get("index_name"),
                              Operations.name(b, "table_name"),
                              b.get("columns"),
                              b.get("unique"),
                              PyArgs.kwargs(b.get("kw"))));
              return PyNone.NONE;
            }));
    op.put(
        "drop_index",
        rt.method(
            "drop_index(self, index_name, table_name=None, schema=None, **kw)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.drop_index");
              rt.schema().indexKeywords(PyArgs.kwargs(b.get("kw")));
              rt.impl().dropIndex(PyArgs.str(b.get("index_name"), "op.drop_index(index_name)"));
              return PyNone.NONE;
            }));
    op.put(
        "create_unique_constraint",
        rt.method(
            "create_unique_constraint(self, constraint_name,"
                + " table_name, columns, schema=None, **kw)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.create_unique_constraint");
              Operations.name(b, "table_name");
              rt.impl()
                  .addConstraint(
                      rt.schema()
                          .unique(
                              b.get("constraint_name"),
                              b.get("columns"),
                              PyArgs.kwargs(b.get("kw"))));
              return PyNone.NONE;
            }));
    op.put(
        "create_foreign_key",
        rt.method(
            "create_foreign_key(self, constraint_name, source_table,"
                + " referent_table, local_cols, remote_cols, onupdate=None, ondelete=None,"
                + " deferrable=None, initially=None, match=None, source_schema=None,"
                + " referent_schema=None, **dialect_kw)",
            b -> {
              SchemaArgs.noSchema(b.get("source_schema"), "op.create_foreign_key");
              SchemaArgs.noSchema(b.get("referent_schema"), "op.create_foreign_key");
              Operations.name(b, "source_table");
              rt.impl()
                  .addConstraint(
                      rt.schema()
                          .foreignKey(
                              b.get("constraint_name"),
                              Operations.name(b, "referent_table"),
                              b.get("local_cols"),
                              b.get("remote_cols"),
                              b,
                              PyArgs.kwargs(b.get("dialect_kw"))));
              return PyNone.NONE;
            }));
    op.put(
        "create_check_constraint",
        rt.method(
            "create_check_constraint(self, constraint_name,"
                + " table_name, condition, schema=None, **kw)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.create_check_constraint");
              Operations.name(b, "table_name");
              rt.impl()
                  .addConstraint(
                      rt.schema()
                          .check(
                              b.get("constraint_name"),
                              b.get("condition"),
                              PyArgs.kwargs(b.get("kw"))));
              return PyNone.NONE;
            }));
    op.put(
        "create_primary_key",
        rt.method(
            "create_primary_key(self, constraint_name, table_name," + " columns, schema=None)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.create_primary_key");
              Operations.name(b, "table_name");
              rt.impl()
                  .addConstraint(
                      rt.schema().primaryKey(b.get("constraint_name"), b.get("columns")));
              return PyNone.NONE;
            }));
    op.put(
        "drop_constraint",
        rt.method(
            "drop_constraint(self, constraint_name, table_name, type_=None, schema=None)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.drop_constraint");
              Operations.name(b, "table_name");
              rt.impl()
                  .dropConstraint(
                      SchemaObjects.genericConstraint(b.get("constraint_name"), b.get("type_")));
              return PyNone.NONE;
            }));
    op.put(
        "create_exclude_constraint",
        rt.method(
            "create_exclude_constraint(self, constraint_name, table_name, *elements, **kw)",
            b -> {
              throw PyArgs.unsupported(
                  "op.create_exclude_constraint()",
                  "EXCLUDE constraints exist only on PostgreSQL; use a unique index on SQLite");
            }));
  }
}
