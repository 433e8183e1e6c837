package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;

/**
 * {@code sa.Table}, {@code sa.MetaData}, the lightweight {@code sa.table}/{@code sa.column}, and
 * the table assembly {@code op.create_table} shares with {@code sa.Table} ({@code
 * SchemaObjects.table} in Alembic).
 */
final class TableConstructors {
  private static final Function<Args, BoundArgs> METADATA =
      Natives.method(
          "MetaData.__init__(self, bind=None, schema=None, quote_schema=None,"
              + " naming_convention=None, info=None)");
  private static final Set<String> IGNORED_TABLE_KW =
      Set.of(
          "info",
          "quote",
          "quote_schema",
          "implicit_returning",
          "listeners",
          "include_columns",
          "resolve_fks",
          "must_exist",
          "mustexist",
          "keep_existing",
          "extend_existing",
          "autoload_replace",
          "_extend_on");

  private final Consumer<PythonWarning> warnings;

  TableConstructors(Consumer<PythonWarning> warnings) {
    this.warnings = warnings;
  }

  /**
   * A Table from the arguments after the name, in the order written ({@link Table#assemble}).
   *
   * @param strict whether an element that is not a schema item is an error ({@code sa.Table});
   *     Alembic's {@code op.create_table} silently skips them
   */
  Table assemble(
      String name,
      List<PyValue> elements,
      Map<String, PyValue> kwIn,
      boolean strict,
      String construct) {
    Map<String, PyValue> kw = new LinkedHashMap<>(kwIn);
    SchemaArgs.noSchema(kw.remove("schema"), construct);
    PyValue comment = kw.remove("comment");
    PyValue prefixes = kw.remove("prefixes");
    if (prefixes != null && prefixes != PyNone.NONE && !PyArgs.items(prefixes).isEmpty()) {
      throw PyArgs.unsupported(
          construct + "(prefixes=...)", "leave prefixes out; the tutor creates ordinary tables");
    }
    if (kw.containsKey("autoload_with") || kw.containsKey("autoload")) {
      throw PyArgs.unsupported(
          construct + "(autoload_with=...)",
          "write the table's columns out; the tutor does not reflect tables in scripts");
    }
    IGNORED_TABLE_KW.forEach(kw::remove);
    Map<String, PyValue> dialect =
        DialectKwargs.validate(kw, DialectKwargs.Construct.TABLE, warnings);
    DialectKwargs.refuseSqlite(
        dialect, construct, Set.of("sqlite_autoincrement", "sqlite_with_rowid"));
    List<TableElement> parts = new ArrayList<>();
    for (PyValue e : elements) {
      if (e instanceof SaColumn c) {
        parts.add(c.toColumn());
      } else if (e instanceof SaSchemaItem.ConstraintItem c) {
        parts.add(c.constraint());
      } else if (e instanceof SaSchemaItem.IndexItem ix) {
        parts.add(ix.toIndex(name));
      } else if (e instanceof SaSchemaItem) {
        throw PyArgs.unsupported(
            construct + "(..., " + e.repr() + ")",
            "put sa.ForeignKey(...) inside the sa.Column(...) it belongs to");
      } else if (strict) {
        throw SqlAlchemyExc.argumentError(
            "'SchemaItem' object, such as a 'Column' or a"
                + " 'Constraint' expected, got "
                + e.repr());
      }
    }
    Table t = Table.assemble(name, parts, warnings);
    if (comment != null && comment != PyNone.NONE) {
      t = t.withComment(PyArgs.str(comment, construct + "(comment=...)"));
    }
    PyValue autoincrement = dialect.get("sqlite_autoincrement");
    if (autoincrement != null) {
      t = t.withSqliteAutoincrement(autoincrement.truthy());
    }
    PyValue rowid = dialect.get("sqlite_with_rowid");
    if (rowid != null) {
      t = t.withSqliteWithRowid(rowid.truthy());
    }
    return t;
  }

  /** {@code Table(name, metadata, *args, **kw)}, registered in its MetaData. */
  PyValue table(Args a) {
    List<PyValue> args = a.positional();
    if (args.size() < 2) {
      throw PyException.typeError(
          "Table() takes at least two positional-only arguments 'name' and 'metadata'");
    }
    if (!(args.get(1) instanceof SaMetaData metadata)) {
      throw PyException.attributeError(
          "'" + args.get(1).typeName() + "' object has no attribute 'schema'");
    }
    String name = PyArgs.str(args.get(0), "sa.Table(name)");
    List<PyValue> rest = args.subList(2, args.size());
    SaTable existing = metadata.table(name);
    if (existing != null) {
      boolean redefine =
          a.keywords().containsKey("extend_existing") || a.keywords().containsKey("keep_existing");
      if (!redefine && !rest.isEmpty()) {
        throw SqlAlchemyExc.error(
            "sqlalchemy.exc.InvalidRequestError",
            "Table '"
                + name
                + "' is already defined for this MetaData instance.  Specify 'extend_existing=True'"
                + " to redefine options and columns on an existing Table object.");
      }
      if (redefine && !rest.isEmpty()) {
        throw PyArgs.unsupported(
            "sa.Table(..., extend_existing=True)", "define each table once on its MetaData");
      }
      return existing;
    }
    SaTable t = new SaTable(assemble(name, rest, a.keywords(), true, "sa.Table"), false, metadata);
    metadata.register(t);
    return t;
  }

  /** {@code MetaData(naming_convention=...)}. */
  PyValue metadata(Args a) {
    BoundArgs b = METADATA.apply(a);
    SchemaArgs.noSchema(b.get("schema"), "sa.MetaData");
    Map<String, String> convention = new LinkedHashMap<>();
    PyArgs.strDict(b.get("naming_convention"), "sa.MetaData(naming_convention=...)")
        .forEach((k, v) -> convention.put(k, PyArgs.str(v, "a naming_convention template")));
    return new SaMetaData(convention);
  }

  /** {@code sa.table(name, *columns, schema=None)}: a TableClause for bulk_insert. */
  static PyValue tableClause(BoundArgs b) {
    String name = PyArgs.str(b.get("name"), "sa.table(name)");
    Map<String, PyValue> kw = new LinkedHashMap<>(PyArgs.kwargs(b.get("kw")));
    SchemaArgs.noSchema(kw.remove("schema"), "sa.table");
    if (!kw.isEmpty()) {
      throw SqlAlchemyExc.argumentError(
          "Unsupported argument(s): "
              + new PyList(kw.keySet().stream().<PyValue>map(PyStr::new).toList()).repr());
    }
    List<Column> columns = new ArrayList<>();
    for (PyValue c : PyArgs.items(b.get("columns"))) {
      if (c instanceof SaColumnClause cc) {
        columns.add(new Column(cc.name(), cc.type()));
      } else if (c instanceof SaColumn col) {
        columns.add(col.toColumn());
      } else {
        throw PyException.attributeError("'" + c.typeName() + "' object has no attribute 'table'");
      }
    }
    return new SaTable(new Table(name, columns), true, null);
  }

  /** {@code sa.column(text, type_=None)}. */
  static PyValue column(BoundArgs b) {
    String name = PyArgs.str(b.get("text"), "sa.column(text)");
    SqlType type =
        b.isNone("type_")
            ? new NullType()
            : SaType.optional(b.get("type_"), "sa.column(type_=...)");
    return new SaColumnClause(name, type, null);
  }
}
