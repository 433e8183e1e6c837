package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.ForeignKeyConstraint;
import migrationtutor.engine.schema.IndexElement;
import migrationtutor.engine.schema.PrimaryKeyConstraint;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.UniqueConstraint;

/**
 * {@code sa.PrimaryKeyConstraint}, {@code sa.UniqueConstraint}, {@code sa.ForeignKeyConstraint},
 * {@code sa.CheckConstraint} and {@code sa.Index}, in the order SQLAlchemy 1.4.46 checks their
 * arguments ({@code Constraint.__init__} validates dialect keywords before the columns are read).
 * Alembic's {@code schemaobj.py} builds its constraints with the same constructors, so the op
 * bindings use these too.
 */
final class ConstraintConstructors {
  private static final Function<Args, BoundArgs> FOREIGN_KEY =
      Natives.method(
          "ForeignKeyConstraint.__init__(self, columns, refcolumns, name=None,"
              + " onupdate=None, ondelete=None, deferrable=None, initially=None, use_alter=False,"
              + " link_to_name=False, match=None, table=None, info=None, **dialect_kw)");
  private static final Function<Args, BoundArgs> CHECK =
      Natives.method(
          "CheckConstraint.__init__(self, sqltext, name=None, deferrable=None,"
              + " initially=None, table=None, info=None, _create_rule=None, _autoattach=True,"
              + " _type_bound=False, **kw)");
  private static final Function<Args, BoundArgs> INDEX =
      Natives.method("Index.__init__(self, name, *expressions, **kw)");
  private static final Set<String> PRIVATE =
      Set.of(
          "_create_rule",
          "_type_bound",
          "_autoattach",
          "_column_flag",
          "_implicit_generated",
          "info");

  private final Consumer<PythonWarning> warnings;

  ConstraintConstructors(Consumer<PythonWarning> warnings) {
    this.warnings = warnings;
  }

  /** {@code PrimaryKeyConstraint(*columns, name=None, deferrable=None, initially=None)}. */
  PrimaryKeyConstraint primaryKey(List<PyValue> columns, Map<String, PyValue> kw) {
    Common c = common(kw, DialectKwargs.Construct.PRIMARY_KEY, "sa.PrimaryKeyConstraint");
    return new PrimaryKeyConstraint(
        SchemaArgs.constraintColumns(columns), c.name, c.deferrable, c.initially);
  }

  /** {@code UniqueConstraint(*columns, name=None, deferrable=None, initially=None)}. */
  UniqueConstraint unique(List<PyValue> columns, Map<String, PyValue> kw) {
    Common c = common(kw, DialectKwargs.Construct.UNIQUE, "sa.UniqueConstraint");
    return new UniqueConstraint(
        SchemaArgs.constraintColumns(columns), c.name, c.deferrable, c.initially);
  }

  /** {@code ForeignKeyConstraint(columns, refcolumns, ...)}. */
  ForeignKeyConstraint foreignKey(Args a) {
    BoundArgs b = FOREIGN_KEY.apply(a);
    Map<String, PyValue> kw = new LinkedHashMap<>(PyArgs.kwargs(b.get("dialect_kw")));
    for (String k : List.of("name", "deferrable", "initially")) {
      kw.put(k, b.get(k));
    }
    Common c = common(kw, DialectKwargs.Construct.FOREIGN_KEY, "sa.ForeignKeyConstraint");
    List<PyValue> columns = PyArgs.items(b.get("columns"));
    List<PyValue> refcolumns = PyArgs.items(b.get("refcolumns"));
    if (new HashSet<>(columns).size() != refcolumns.size()) {
      throw SqlAlchemyExc.argumentError(
          new HashSet<>(columns).size() != columns.size()
              ? "ForeignKeyConstraint with duplicate source column references are not supported."
              : "ForeignKeyConstraint number of constrained columns must match the number of"
                  + " referenced columns.");
    }
    String table = null;
    List<String> referred = new ArrayList<>();
    for (PyValue ref : refcolumns) {
      String[] spec = referredColumn(ref);
      if (table != null && !table.equals(spec[0])) {
        throw PyArgs.unsupported(
            "sa.ForeignKeyConstraint referring to two tables", "refer to the columns of one table");
      }
      table = spec[0];
      referred.add(spec[1]);
    }
    if (b.get("table") != PyNone.NONE) {
      throw PyArgs.unsupported(
          "sa.ForeignKeyConstraint(table=...)",
          "pass the constraint to op.create_table() or sa.Table() instead");
    }
    String fk = "sa.ForeignKeyConstraint";
    return new ForeignKeyConstraint(
        SchemaArgs.constraintColumns(columns),
        table == null ? "?" : table,
        referred,
        c.name,
        PyArgs.optStr(b.get("ondelete"), fk + "(ondelete=...)"),
        PyArgs.optStr(b.get("onupdate"), fk + "(onupdate=...)"),
        c.deferrable,
        c.initially,
        PyArgs.optStr(b.get("match"), fk + "(match=...)"));
  }

  // A referenced column: 'table.column' or a column of a table (ForeignKey._colspec).
  private static String[] referredColumn(PyValue ref) {
    String spec;
    if (ref instanceof PyStr s) {
      spec = s.value();
    } else if (ref instanceof SaColumnClause col && col.tableName() != null) {
      spec = col.tableName() + "." + col.name();
    } else {
      throw SqlAlchemyExc.argumentError(
          "String column name or Column object for DDL foreign"
              + " key constraint expected, got "
              + ref.repr()
              + ".");
    }
    String[] parts = spec.split("\\.", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw PyArgs.unsupported(
          "a foreign key to " + PythonRepr.strRepr(spec),
          "name the referenced column as 'table.column', without a schema");
    }
    return parts;
  }

  /** {@code CheckConstraint(sqltext, name=None, deferrable=None, initially=None)}. */
  CheckConstraint check(Args a) {
    BoundArgs b = CHECK.apply(a);
    String condition = SchemaArgs.checkCondition(b.get("sqltext"));
    Map<String, PyValue> kw = new LinkedHashMap<>(PyArgs.kwargs(b.get("kw")));
    for (String k : List.of("name", "deferrable", "initially")) {
      kw.put(k, b.get(k));
    }
    Common c = common(kw, DialectKwargs.Construct.CHECK, "sa.CheckConstraint");
    if (b.get("table") != PyNone.NONE) {
      throw PyArgs.unsupported(
          "sa.CheckConstraint(table=...)",
          "pass the constraint to op.create_table() or sa.Table() instead");
    }
    return new CheckConstraint(condition, c.name, c.deferrable, c.initially);
  }

  /** {@code Index(name, *expressions, unique=False, sqlite_where=None, ...)}. */
  SaSchemaItem.IndexItem index(Args a) {
    BoundArgs b = INDEX.apply(a);
    Map<String, PyValue> kw = new LinkedHashMap<>(PyArgs.kwargs(b.get("kw")));
    List<IndexElement> elements = new ArrayList<>();
    IndexOptions o = indexOptions(b.get("name"), kw);
    for (PyValue e : PyArgs.items(b.get("expressions"))) {
      elements.add(SchemaArgs.indexExpression(e));
    }
    return new SaSchemaItem.IndexItem(o.name, elements, o.unique, o.sqliteWhere);
  }

  /** The name, {@code unique=} and {@code sqlite_where=} of an Index, its keywords validated. */
  record IndexOptions(String name, boolean unique, String sqliteWhere) {}

  IndexOptions indexOptions(PyValue name, Map<String, PyValue> kw) {
    kw.remove("quote");
    PyValue unique = kw.remove("unique");
    kw.remove("info");
    kw.remove("_column_flag");
    kw.remove("_table");
    Map<String, PyValue> dialect =
        DialectKwargs.validate(kw, DialectKwargs.Construct.INDEX, warnings);
    DialectKwargs.refuseSqlite(dialect, "sa.Index", Set.of("sqlite_where"));
    return new IndexOptions(
        PyArgs.optStr(name, "an index name"),
        unique != null && unique.truthy(),
        SchemaArgs.sqliteWhere(dialect.get("sqlite_where")));
  }

  private record Common(String name, Boolean deferrable, String initially) {}

  // Constraint.__init__(self, name=None, deferrable=None, initially=None, _create_rule=None,
  // info=None, _type_bound=False, **dialect_kw)
  private Common common(
      Map<String, PyValue> kwIn, DialectKwargs.Construct construct, String shown) {
    Map<String, PyValue> kw = new LinkedHashMap<>(kwIn);
    PyValue name = kw.remove("name");
    PyValue deferrable = kw.remove("deferrable");
    PyValue initially = kw.remove("initially");
    PRIVATE.forEach(kw::remove);
    Map<String, PyValue> dialect = DialectKwargs.validate(kw, construct, warnings);
    DialectKwargs.refuseSqlite(dialect, shown, Set.of());
    return new Common(
        name == null ? null : PyArgs.optStr(name, shown + "(name=...)"),
        deferrable == null ? null : PyArgs.optBool(deferrable),
        initially == null ? null : PyArgs.optStr(initially, shown + "(initially=...)"));
  }
}
