package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import migrationtutor.engine.ddl.ColumnAlteration;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Constraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * Alembic's {@code operations/schemaobj.py} and the argument handling of {@code ops.py}: how the
 * arguments of {@code op.*} / {@code batch_op.*} become constraints, indexes, tables and column
 * alterations. Shared by {@link Operations} and {@link BatchOperations}.
 */
final class SchemaObjects {
  private final ConstraintConstructors constraints;
  private final TableConstructors tables;

  SchemaObjects(Consumer<PythonWarning> warnings) {
    this.constraints = new ConstraintConstructors(warnings);
    this.tables = new TableConstructors(warnings);
  }

  /** The table {@code op.create_table(name, *columns, **kw)} builds ({@code to_table}). */
  Table table(String name, List<PyValue> columns, Map<String, PyValue> kw, String construct) {
    return tables.assemble(name, columns, kw, false, construct);
  }

  /** {@code schema_obj.primary_key_constraint(name, table_name, cols)}. */
  PrimaryKeyConstraint primaryKey(PyValue name, PyValue columns) {
    return constraints.primaryKey(PyArgs.items(columns), Map.of("name", name));
  }

  /** {@code schema_obj.unique_constraint(name, source, local_cols, **kw)}. */
  UniqueConstraint unique(PyValue name, PyValue columns, Map<String, PyValue> kw) {
    Map<String, PyValue> all = new LinkedHashMap<>(kw);
    all.put("name", name);
    return constraints.unique(PyArgs.items(columns), all);
  }

  /**
   * {@code schema_obj.foreign_key_constraint(...)}: {@code ForeignKeyConstraint(local_cols,
   * ['referent.col', ...], name=..., onupdate=..., ondelete=..., deferrable=..., initially=...,
   * match=..., **dialect_kw)}.
   */
  ForeignKeyConstraint foreignKey(
      PyValue name,
      String referent,
      PyValue localCols,
      PyValue remoteCols,
      BoundArgs b,
      Map<String, PyValue> dialectKw) {
    List<PyValue> refs = new ArrayList<>();
    for (PyValue remote : PyArgs.items(remoteCols)) {
      refs.add(new PyStr(referent + "." + remote.str()));
    }
    Map<String, PyValue> kw = new LinkedHashMap<>(dialectKw);
    kw.put("match", b.get("match"));
    kw.put("name", name);
    for (String k : List.of("onupdate", "ondelete", "deferrable", "initially")) {
      kw.put(k, b.get(k));
    }
    return constraints.foreignKey(
        new Args(List.of(new PyList(PyArgs.items(localCols)), new PyList(refs)), kw));
  }

  /** {@code schema_obj.check_constraint(name, source, condition, **kw)}. */
  CheckConstraint check(PyValue name, PyValue condition, Map<String, PyValue> kw) {
    Map<String, PyValue> all = new LinkedHashMap<>(kw);
    all.put("name", name);
    return constraints.check(new Args(List.of(condition), all));
  }

  /** {@code schema_obj.index(name, table_name, columns, unique=..., **kw)}. */
  Index index(
      PyValue name, String table, PyValue columns, PyValue unique, Map<String, PyValue> kw) {
    Map<String, PyValue> all = new LinkedHashMap<>(kw);
    all.put("unique", unique);
    ConstraintConstructors.IndexOptions o = constraints.indexOptions(name, all);
    List<IndexElement> elements = new ArrayList<>();
    for (PyValue c : PyArgs.items(columns)) {
      elements.add(SchemaArgs.indexColumn(c));
    }
    return new Index(o.name(), table, elements, o.unique(), o.sqliteWhere());
  }

  /** Validates the keywords {@code DropIndexOp.to_index} passes to {@code Index}. */
  void indexKeywords(Map<String, PyValue> kw) {
    constraints.indexOptions(PyNone.NONE, new LinkedHashMap<>(kw));
  }

  /**
   * {@code schema_obj.generic_constraint(name, table_name, type_)}: the type must be one of the
   * known ones; on SQLite any such constraint is refused by the impl.
   */
  static Constraint genericConstraint(PyValue name, PyValue type) {
    String t = type instanceof PyStr s ? s.value() : null;
    if (type != PyNone.NONE
        && !(t != null && List.of("check", "foreignkey", "primary", "unique").contains(t))) {
      throw PyException.typeError(
          "'type' can be one of 'check', 'foreignkey', 'primary', 'unique', None");
    }
    return new CheckConstraint("", PyArgs.optStr(name, "a constraint name"));
  }

  /** The type-bound constraints a column of this type creates on a table (Boolean, Enum). */
  static List<Constraint> typeConstraints(String table, String column, SqlType type) {
    return Table.assemble(table, List.of(new Column(column, type))).constraints();
  }

  /** The arguments of {@code alter_column} as the impl receives them. */
  static ColumnAlteration alteration(
      String table, String column, BoundArgs b, Map<String, PyValue> kw) {
    String c = "alter_column";
    ColumnAlteration a =
        ColumnAlteration.of(table, column).withNullable(PyArgs.optBool(b.get("nullable")));
    if (b.get("server_default") != PyBool.FALSE) {
      a =
          a.withServerDefault(
              SchemaArgs.serverDefault(b.get("server_default"), c + "(server_default=...)"));
    }
    a =
        a.withNewName(PyArgs.optStr(b.get("new_column_name"), c + "(new_column_name=...)"))
            .withType(SaType.optional(b.get("type_"), c + "(type_=...)"));
    if (b.get("comment") != PyBool.FALSE) {
      a = a.withComment(PyArgs.optStr(b.get("comment"), c + "(comment=...)"));
    }
    PyValue existingDefault = b.get("existing_server_default");
    ServerDefault existing =
        existingDefault == PyBool.FALSE
            ? null
            : SchemaArgs.serverDefault(existingDefault, c + "(existing_server_default=...)");
    a =
        a.withExisting(
            SaType.optional(b.get("existing_type"), c + "(existing_type=...)"),
            existing,
            PyArgs.optBool(b.get("existing_nullable")),
            PyArgs.optStr(b.get("existing_comment"), c + "(existing_comment=...)"));
    PyValue auto = kw.get("autoincrement");
    PyValue existingAuto = kw.get("existing_autoincrement");
    return a.withAutoincrement(
        auto == null ? null : PyArgs.optBool(auto),
        existingAuto == null ? null : PyArgs.optBool(existingAuto));
  }
}
