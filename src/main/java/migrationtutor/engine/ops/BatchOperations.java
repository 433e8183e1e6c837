package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import migrationtutor.engine.CommandError;
import migrationtutor.engine.batch.BatchOp;
import migrationtutor.engine.ddl.BatchOperation;
import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNative;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.Table;

/**
 * The {@code batch_op} of a {@code with op.batch_alter_table(...) as batch_op:} block: Alembic's
 * {@code BatchOperations}, whose operations are recorded (as {@code BatchOperationsImpl} records
 * them) until the block ends; {@code execute} and the helpers act at once.
 */
final class BatchOperations implements PyNative {
  private final OpRuntime rt;
  private final String tableName;
  private final String recreate;
  private final List<BatchOp> ops = new ArrayList<>();
  private final Map<String, PyValue> methods = new LinkedHashMap<>();

  BatchOperations(OpRuntime rt, String tableName, String recreate) {
    this.rt = rt;
    this.tableName = tableName;
    this.recreate = recreate;
    define("add_column(self, column, insert_before=None, insert_after=None)", this::addColumn);
    define(
        "alter_column(self, column_name, nullable=None, comment=False, server_default=False,"
            + " new_column_name=None, type_=None, existing_type=None,"
            + " existing_server_default=False, existing_nullable=None, existing_comment=None,"
            + " insert_before=None, insert_after=None, **kw)",
        this::alterColumn);
    define(
        "drop_column(self, column_name, **kw)",
        b -> record(new BatchOp.DropColumn(PyArgs.str(b.get("column_name"), "column_name"))));
    define(
        "create_index(self, index_name, columns, **kw)",
        b -> {
          Map<String, PyValue> kw = new LinkedHashMap<>(PyArgs.kwargs(b.get("kw")));
          PyValue unique = kw.remove("unique");
          SchemaArgs.noSchema(kw.remove("schema"), "batch_op.create_index");
          return record(
              new BatchOp.CreateIndex(
                  rt.schema()
                      .index(
                          b.get("index_name"),
                          tableName,
                          b.get("columns"),
                          unique == null ? PyBool.FALSE : unique,
                          kw)));
        });
    define(
        "drop_index(self, index_name, **kw)",
        b -> {
          rt.schema().indexKeywords(PyArgs.kwargs(b.get("kw")));
          return record(new BatchOp.DropIndex(PyArgs.str(b.get("index_name"), "index_name")));
        });
    define(
        "create_unique_constraint(self, constraint_name, columns, **kw)",
        b ->
            record(
                new BatchOp.AddConstraint(
                    rt.schema()
                        .unique(
                            b.get("constraint_name"),
                            b.get("columns"),
                            PyArgs.kwargs(b.get("kw"))))));
    define(
        "create_foreign_key(self, constraint_name, referent_table, local_cols, remote_cols,"
            + " referent_schema=None, onupdate=None, ondelete=None, deferrable=None,"
            + " initially=None, match=None, **dialect_kw)",
        b -> {
          SchemaArgs.noSchema(b.get("referent_schema"), "batch_op.create_foreign_key");
          return record(
              new BatchOp.AddConstraint(
                  rt.schema()
                      .foreignKey(
                          b.get("constraint_name"),
                          PyArgs.str(b.get("referent_table"), "referent_table"),
                          b.get("local_cols"),
                          b.get("remote_cols"),
                          b,
                          PyArgs.kwargs(b.get("dialect_kw")))));
        });
    define(
        "create_check_constraint(self, constraint_name, condition, **kw)",
        b ->
            record(
                new BatchOp.AddConstraint(
                    rt.schema()
                        .check(
                            b.get("constraint_name"),
                            b.get("condition"),
                            PyArgs.kwargs(b.get("kw"))))));
    define(
        "create_primary_key(self, constraint_name, columns)",
        b ->
            record(
                new BatchOp.AddConstraint(
                    rt.schema().primaryKey(b.get("constraint_name"), b.get("columns")))));
    define(
        "drop_constraint(self, constraint_name, type_=None)",
        b -> {
          SchemaObjects.genericConstraint(b.get("constraint_name"), b.get("type_"));
          return record(
              new BatchOp.DropConstraint(
                  PyArgs.optStr(b.get("constraint_name"), "constraint_name"),
                  PyArgs.optStr(b.get("type_"), "type_")));
        });
    define(
        "create_table_comment(self, comment, existing_comment=None)",
        b ->
            record(
                new BatchOp.CreateTableComment(
                    PyArgs.optStr(b.get("comment"), "comment"),
                    PyArgs.optStr(b.get("existing_comment"), "existing_comment"))));
    define(
        "drop_table_comment(self, existing_comment=None)",
        b ->
            record(
                new BatchOp.DropTableComment(
                    PyArgs.optStr(b.get("existing_comment"), "existing_comment"))));
    define(
        "execute(self, sqltext, execution_options=None)",
        b -> {
          Operations.execute(rt, b.get("sqltext"));
          return PyNone.NONE;
        });
    define("f(self, name)", b -> DataOperations.f(b.get("name")));
    define("get_bind(self)", b -> new Connection(rt));
    define("get_context(self)", b -> new MigrationContext(rt));
    define(
        "inline_literal(self, value, type_=None)",
        b ->
            new InlineLiteral(
                b.get("value"), SaType.optional(b.get("type_"), "op.inline_literal(type_=...)")));
    define(
        "bulk_insert(self, table, rows, multiinsert=True)",
        b -> {
          throw PyException.attributeError(
              "'BatchOperationsImpl' object has no attribute 'bulk_insert'");
        });
    define(
        "create_table(self, table_name, *columns, **kw)",
        b -> {
          rt.schema()
              .table(
                  PyArgs.str(b.get("table_name"), "table_name"),
                  PyArgs.items(b.get("columns")),
                  PyArgs.kwargs(b.get("kw")),
                  "batch_op.create_table");
          throw new PyException("NotImplementedError", "Can't create table in batch mode");
        });
    define(
        "drop_table(self, table_name, schema=None, **kw)",
        b -> {
          throw new PyException("NotImplementedError", "Can't drop table in batch mode");
        });
    for (String n : List.of("rename_table", "batch_alter_table", "create_exclude_constraint")) {
      methods.put(
          n, Natives.notModelled("batch_op." + n, "call op." + n + "() outside the batch block"));
    }
  }

  private void define(String spec, Function<BoundArgs, PyValue> body) {
    methods.put(spec.substring(0, spec.indexOf('(')), rt.method(spec, body));
  }

  /** The table the block alters. */
  String tableName() {
    return tableName;
  }

  /** {@code recreate=}. */
  String recreate() {
    return recreate;
  }

  /** The operations recorded so far, in order. */
  List<BatchOp> ops() {
    return List.copyOf(ops);
  }

  private PyValue record(BatchOp op) {
    ops.add(op);
    return PyNone.NONE;
  }

  // toimpl.add_column through BatchOperationsImpl: the column, then each constraint and index
  // attaching it to a table creates. insert_before/insert_after need the "move and copy" path.
  private PyValue addColumn(BoundArgs b) {
    PyValue columnArg = b.get("column");
    if (!(columnArg instanceof SaColumn sa)) {
      throw PyException.attributeError(
          "'" + columnArg.typeName() + "' object has no attribute 'table'");
    }
    Column column = sa.toColumn();
    Table t = Table.assemble(tableName, List.of(column), rt.warnings());
    String before =
        b.get("insert_before").truthy()
            ? PyArgs.str(b.get("insert_before"), "insert_before")
            : null;
    String after =
        b.get("insert_after").truthy() ? PyArgs.str(b.get("insert_after"), "insert_after") : null;
    if ((before != null || after != null) && !shouldRecreate()) {
      throw new CommandError(
          "Can't specify insert_before or insert_after when using ALTER;"
              + " please specify recreate='always'");
    }
    ops.add(new BatchOp.AddColumn(column, before, after));
    for (Constraint c : t.constraints()) {
      if (!(c instanceof PrimaryKeyConstraint)) {
        ops.add(new BatchOp.AddConstraint(c));
      }
    }
    for (Index ix : t.indexes()) {
      ops.add(new BatchOp.CreateIndex(ix));
    }
    return PyNone.NONE;
  }

  // BatchOperationsImpl._should_recreate over the operations recorded so far.
  private boolean shouldRecreate() {
    if (recreate.equals("auto")) {
      List<BatchOperation> so = ops.stream().map(BatchOp::asImplOperation).toList();
      return rt.impl().requiresRecreateInBatch(so);
    }
    return recreate.equals("always");
  }

  // batch_alter_column in 1.8.1 accepts insert_before/insert_after but does not pass them on,
  // so the recorded alteration never carries them.
  private PyValue alterColumn(BoundArgs b) {
    ColumnAlteration a =
        SchemaObjects.alteration(
            tableName,
            PyArgs.str(b.get("column_name"), "column_name"),
            b,
            PyArgs.kwargs(b.get("kw")));
    if (a.existingType() != null && a.type() != null) {
      for (Constraint c :
          SchemaObjects.typeConstraints(tableName, a.columnName(), a.existingType())) {
        ops.add(new BatchOp.DropConstraint(c.name(), "check"));
      }
    }
    ops.add(new BatchOp.AlterColumn(a, null, null));
    if (a.type() != null) {
      SchemaObjects.typeConstraints(tableName, a.columnName(), a.type())
          .forEach(c -> ops.add(new BatchOp.AddConstraint(c)));
    }
    return PyNone.NONE;
  }

  @Override
  public String typeName() {
    return "BatchOperations";
  }

  @Override
  public String repr() {
    return "<alembic.operations.base.BatchOperations object>";
  }

  @Override
  public PyValue attribute(String name) {
    return methods.get(name);
  }
}
