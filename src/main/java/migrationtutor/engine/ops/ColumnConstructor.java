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
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Autoincrement;
import migrationtutor.engine.schema.CheckConstraint;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.ForeignKey;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.ServerDefault;
import migrationtutor.engine.schema.SqlType;

/**
 * {@code sa.Column(*args, **kwargs)} and {@code sa.ForeignKey(...)} as SQLAlchemy 1.4.46's
 * constructors read them: an optional leading str name, then an optional type (class or instance),
 * then schema items; every keyword it does not name must be a dialect argument.
 */
final class ColumnConstructor {
  private static final Function<Args, BoundArgs> FOREIGN_KEY =
      Natives.method(
          "ForeignKey.__init__(self, column, _constraint=None, use_alter=False,"
              + " name=None, onupdate=None, ondelete=None, deferrable=None, initially=None,"
              + " link_to_name=False, match=None, info=None, _unresolvable=False, **dialect_kw)");

  private final Consumer<PythonWarning> warnings;

  ColumnConstructor(Consumer<PythonWarning> warnings) {
    this.warnings = warnings;
  }

  /** {@code Column.__init__}, in its order of checks. */
  PyValue column(Args a) {
    Map<String, PyValue> kw = new LinkedHashMap<>(a.keywords());
    PyValue nameArg = pop(kw, "name");
    PyValue typeArg = pop(kw, "type_");
    List<PyValue> args = new ArrayList<>(a.positional());
    if (!args.isEmpty() && args.get(0) instanceof PyStr) {
      if (nameArg != PyNone.NONE) {
        throw SqlAlchemyExc.argumentError("May not pass name positionally and as a keyword.");
      }
      nameArg = args.remove(0);
    }
    if (!args.isEmpty() && SaType.of(args.get(0)) != null) {
      if (typeArg != PyNone.NONE) {
        throw SqlAlchemyExc.argumentError("May not pass type_ positionally and as a keyword.");
      }
      typeArg = args.remove(0);
    }
    PyValue quote = kw.remove("quote");
    if (nameArg == PyNone.NONE && quote != null) {
      throw SqlAlchemyExc.argumentError(
          "Explicit 'name' is required when sending 'quote' argument");
    }
    String name = PyArgs.optStr(nameArg, "sa.Column(name=...)");
    SqlType type =
        typeArg == PyNone.NONE ? new NullType() : SaType.optional(typeArg, "sa.Column(type_=...)");
    kw.remove("key");
    boolean primaryKey = pop(kw, "primary_key").truthy();
    PyValue nullableArg = kw.remove("nullable");
    // nullable=None is stored as given, and "if not column.nullable" then renders NOT NULL.
    Boolean nullable = nullableArg == null ? null : nullableArg.truthy();
    boolean hasDefault = pop(kw, "default") != PyNone.NONE;
    ServerDefault serverDefault =
        SchemaArgs.serverDefault(pop(kw, "server_default"), "sa.Column(server_default=...)");
    if (pop(kw, "server_onupdate") != PyNone.NONE) {
      throw PyArgs.unsupported(
          "sa.Column(server_onupdate=...)", "leave server_onupdate out; it emits no DDL on SQLite");
    }
    boolean index = pop(kw, "index").truthy();
    boolean unique = pop(kw, "unique").truthy();
    kw.remove("system");
    kw.remove("doc");
    boolean hasOnupdate = pop(kw, "onupdate") != PyNone.NONE;
    Autoincrement autoincrement = autoincrement(kw.remove("autoincrement"));
    String comment = PyArgs.optStr(pop(kw, "comment"), "sa.Column(comment=...)");
    List<ForeignKey> foreignKeys = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    for (PyValue item : args) {
      if (item instanceof SaSchemaItem.ForeignKeyItem fk) {
        foreignKeys.add(fk.foreignKey());
      } else if (item instanceof SaSchemaItem.ConstraintItem c
          && c.constraint() instanceof CheckConstraint ck) {
        checks.add(ck);
      } else if (item instanceof SaSchemaItem) {
        throw PyArgs.unsupported(
            "sa.Column(..., " + item.repr() + ")",
            "pass the constraint or index to op.create_table() / sa.Table() instead");
      } else {
        throw SqlAlchemyExc.argumentError(
            "'SchemaItem' object, such as a 'Column' or a"
                + " 'Constraint' expected, got "
                + item.repr());
      }
    }
    kw.remove("info");
    Map<String, PyValue> dialect =
        DialectKwargs.validate(kw, DialectKwargs.Construct.COLUMN, warnings);
    DialectKwargs.refuseSqlite(dialect, "sa.Column", Set.of());
    Column template =
        new Column(
            name == null || name.isEmpty() ? "?" : name,
            type,
            nullable,
            primaryKey,
            serverDefault,
            unique,
            index,
            comment,
            foreignKeys,
            checks,
            autoincrement,
            hasDefault,
            hasOnupdate);
    return new SaColumn(name == null || name.isEmpty() ? null : name, template);
  }

  private static PyValue pop(Map<String, PyValue> kw, String key) {
    PyValue v = kw.remove(key);
    return v == null ? PyNone.NONE : v;
  }

  // autoincrement accepts "auto", True, False and "ignore_fk"; SQLAlchemy stores anything else
  // and treats it as "auto" wherever it looks at it.
  private static Autoincrement autoincrement(PyValue v) {
    if (v == null || v instanceof PyStr s && !s.value().equals("ignore_fk")) {
      return Autoincrement.AUTO;
    } else if (v instanceof PyStr) {
      return Autoincrement.IGNORE_FK;
    }
    return v.truthy() ? Autoincrement.TRUE : Autoincrement.FALSE;
  }

  /** {@code ForeignKey.__init__}: a {@code 'table.column'} string or a column of a table. */
  PyValue foreignKey(Args a) {
    BoundArgs b = FOREIGN_KEY.apply(a);
    PyValue column = b.get("column");
    String target;
    if (column instanceof PyStr s) {
      target = s.value();
    } else if (column instanceof SaColumnClause c && c.tableName() != null) {
      target = c.tableName() + "." + c.name();
    } else {
      throw SqlAlchemyExc.argumentError(
          "String column name or Column object for DDL foreign"
              + " key constraint expected, got "
              + column.repr()
              + ".");
    }
    // ForeignKey keeps its dialect keywords unvalidated until it joins a table, and no dialect
    // declares any for it, so they change nothing here.
    String c = "sa.ForeignKey";
    return new SaSchemaItem.ForeignKeyItem(
        new ForeignKey(
            target,
            PyArgs.optStr(b.get("name"), c + "(name=...)"),
            PyArgs.optStr(b.get("ondelete"), c + "(ondelete=...)"),
            PyArgs.optStr(b.get("onupdate"), c + "(onupdate=...)"),
            PyArgs.optBool(b.get("deferrable")),
            PyArgs.optStr(b.get("initially"), c + "(initially=...)"),
            PyArgs.optStr(b.get("match"), c + "(match=...)")));
  }
}
