package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.Table;

/**
 * Alembic 1.8.1's {@code Operations} as the {@code alembic.op} module: each function has the
 * proxy's signature and does what {@code alembic/operations/toimpl.py} does with the impl, e.g.
 * {@code add_column} runs the ALTER and then adds the column's constraints and indexes. The
 * constraint and index operations are in {@link ConstraintOperations}, batch blocks in {@link
 * BatchContext}.
 */
final class Operations {
  private Operations() {}

  /** The {@code alembic.op} module of a run. */
  static PyModule module(OpRuntime rt) {
    PyModule op = new PyModule("alembic.op");
    op.put(
        "add_column",
        rt.method("add_column(self, table_name, column, schema=None)", b -> addColumn(rt, b)));
    op.put(
        "alter_column",
        rt.method(
            "alter_column(self, table_name, column_name, nullable=None,"
                + " comment=False, server_default=False, new_column_name=None, type_=None,"
                + " existing_type=None, existing_server_default=False, existing_nullable=None,"
                + " existing_comment=None, schema=None, **kw)",
            b -> alterColumn(rt, b)));
    op.put(
        "drop_column",
        rt.method(
            "drop_column(self, table_name, column_name, schema=None, **kw)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.drop_column");
              rt.impl().dropColumn(name(b, "table_name"), name(b, "column_name"));
              return PyNone.NONE;
            }));
    op.put(
        "create_table",
        rt.method("create_table(self, table_name, *columns, **kw)", b -> createTable(rt, b)));
    op.put(
        "drop_table",
        rt.method(
            "drop_table(self, table_name, schema=None, **kw)",
            b -> {
              String table = name(b, "table_name");
              Map<String, PyValue> kw = new LinkedHashMap<>(PyArgs.kwargs(b.get("kw")));
              kw.put("schema", b.get("schema"));
              rt.schema().table(table, List.of(), kw, "op.drop_table");
              rt.impl().dropTable(table);
              return PyNone.NONE;
            }));
    op.put(
        "rename_table",
        rt.method(
            "rename_table(self, old_table_name, new_table_name, schema=None)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.rename_table");
              rt.impl().renameTable(name(b, "old_table_name"), name(b, "new_table_name"));
              return PyNone.NONE;
            }));
    op.put(
        "create_table_comment",
        rt.method(
            "create_table_comment(self, table_name, comment,"
                + " existing_comment=None, schema=None)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.create_table_comment");
              createTableComment(rt, name(b, "table_name"), b.get("comment"));
              return PyNone.NONE;
            }));
    op.put(
        "drop_table_comment",
        rt.method(
            "drop_table_comment(self, table_name, existing_comment=None, schema=None)",
            b -> {
              SchemaArgs.noSchema(b.get("schema"), "op.drop_table_comment");
              rt.impl().dropTableComment(name(b, "table_name"));
              return PyNone.NONE;
            }));
    ConstraintOperations.register(rt, op);
    DataOperations.register(rt, op);
    op.put(
        "batch_alter_table",
        rt.method(
            "batch_alter_table(self, table_name, schema=None,"
                + " recreate='auto', partial_reordering=None, copy_from=None, table_args=(),"
                + " table_kwargs={}, reflect_args=(), reflect_kwargs={}, naming_convention=None)",
            b -> new BatchContext(rt, b)));
    for (String n :
        List.of(
            "invoke",
            "register_operation",
            "implementation_for",
            "create_module_class_proxy",
            "context")) {
      op.put(
          n,
          Natives.notModelled(
              "op." + n, "use the built-in operations (op.add_column, op.execute, ...)"));
    }
    return op;
  }

  /** A table or column name argument. */
  static String name(BoundArgs b, String param) {
    return PyArgs.str(b.get(param), param);
  }

  private static PyValue addColumn(OpRuntime rt, BoundArgs b) {
    String table = name(b, "table_name");
    PyValue columnArg = b.get("column");
    if (!(columnArg instanceof SaColumn sa)) {
      // toimpl.add_column starts with "if column.table is not None".
      throw PyException.attributeError(
          "'" + columnArg.typeName() + "' object has no attribute 'table'");
    }
    SchemaArgs.noSchema(b.get("schema"), "op.add_column");
    Column column = sa.toColumn();
    Table t = Table.assemble(table, List.of(column), rt.warnings());
    rt.impl().addColumn(table, column);
    for (Constraint c : t.constraints()) {
      if (!(c instanceof PrimaryKeyConstraint)) {
        rt.impl().addConstraint(c);
      }
    }
    for (Index ix : t.indexes()) {
      rt.impl().createIndex(ix);
    }
    return PyNone.NONE;
  }

  // toimpl.alter_column: with type_ and existing_type the old type's CHECK constraints are
  // dropped first; with type_ the new type's are added after the ALTER statements.
  private static PyValue alterColumn(OpRuntime rt, BoundArgs b) {
    SchemaArgs.noSchema(b.get("schema"), "op.alter_column");
    ColumnAlteration a =
        SchemaObjects.alteration(
            name(b, "table_name"), name(b, "column_name"), b, PyArgs.kwargs(b.get("kw")));
    if (a.existingType() != null && a.type() != null) {
      SchemaObjects.typeConstraints(a.tableName(), a.columnName(), a.existingType())
          .forEach(rt.impl()::dropConstraint);
    }
    rt.impl().alterColumn(a);
    if (a.type() != null) {
      SchemaObjects.typeConstraints(a.tableName(), a.columnName(), a.type())
          .forEach(rt.impl()::addConstraint);
    }
    return PyNone.NONE;
  }

  // CreateTableOp pops info, comment and prefixes; the rest goes to Table(**kw). The Table is
  // returned, so "t = op.create_table(...)" can feed op.bulk_insert(t, rows).
  private static PyValue createTable(OpRuntime rt, BoundArgs b) {
    String table = name(b, "table_name");
    List<PyValue> columns = PyArgs.items(b.get("columns"));
    Table t = rt.schema().table(table, columns, PyArgs.kwargs(b.get("kw")), "op.create_table");
    rt.impl().createTable(t);
    return new SaTable(t, false, null);
  }

  // SetTableComment renders the comment as a VARCHAR literal, which None cannot be.
  private static void createTableComment(OpRuntime rt, String table, PyValue comment) {
    if (comment == PyNone.NONE) {
      throw new PythonException(
          PythonException.COMPILE_ERROR,
          "Could not render literal value"
              + " \"None\" with datatype VARCHAR; see parent stack trace for more detail.");
    }
    rt.impl().createTableComment(table, PyArgs.str(comment, "op.create_table_comment(comment)"));
  }

  /**
   * {@code op.execute(sqltext)}: a str, {@code sa.text()} or an INSERT/UPDATE/DELETE; anything else
   * fails as in Alembic.
   */
  static void execute(OpRuntime rt, PyValue sql) {
    if (sql instanceof PyStr s) {
      rt.impl().execute(s.value());
    } else if (sql instanceof SaTextClause t) {
      rt.impl().execute(t.text(), t.values());
    } else if (sql instanceof SaDml d) {
      rt.impl().execute(d.statement());
    } else if (SqlOperands.expression(sql) != null) {
      throw PyArgs.unsupported(
          "op.execute(" + sql.repr() + ")",
          "execute a statement: op.execute(t.update().where(...).values(...))");
    } else if (rt.offline()) {
      throw PyException.attributeError(
          "'" + sql.typeName() + "' object has no attribute 'compile'");
    } else {
      throw SqlAlchemyExc.error(
          "sqlalchemy.exc.ObjectNotExecutableError", "Not an executable object: " + sql.repr());
    }
  }

  /** The rows of {@code op.bulk_insert}, as {@code DefaultImpl.bulk_insert} checks them. */
  static List<PyValue> rows(PyValue rows) {
    if (!(rows instanceof PyList list)) {
      throw PyException.typeError("List expected");
    }
    List<PyValue> all = new ArrayList<>(list.items());
    if (!all.isEmpty() && !(all.get(0) instanceof PyDict)) {
      throw PyException.typeError("List of dictionaries expected");
    }
    return all;
  }
}
