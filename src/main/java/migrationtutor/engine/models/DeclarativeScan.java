package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ops.SaColumn;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Column;

/**
 * What SQLAlchemy 1.4's declarative scan ({@code _ClassScanMapperConfig}) does for one class
 * statement: find {@code __tablename__} and {@code __table_args__}, copy mixin columns, call
 * {@code @declared_attr} functions, collect the columns in creation order, then build the table
 * ({@link DeclaredTableBuilder}) or add the columns to a mapped parent's table (single-table
 * inheritance). Errors SQLAlchemy raises are raised with its messages; what the tutor cannot
 * evaluate is recorded as a {@link ModelProblem} for autogenerate to report.
 */
final class DeclarativeScan {
  private static long declaredAttrCalls;

  private final ModelContext ctx;
  private final DeclarativeBaseValue base;
  private final PyClass cls;
  private final List<PyValue> mro;
  private final List<ModelProblem> problems = new ArrayList<>();

  DeclarativeScan(ModelContext ctx, DeclarativeBaseValue base, PyClass cls) {
    this.ctx = ctx;
    this.base = base;
    this.cls = cls;
    this.mro = Mro.of(cls);
  }

  /** A value declarative found for an attribute, with the position of its creation. */
  record Found(String key, PyValue value, long classOrder, long position, PyClass where) {}

  void map() {
    if (cls.namespace().containsKey("__abstract__")
        && cls.namespace().get("__abstract__").truthy()) {
      return;
    }
    if (base.flask() && FlaskNames.shouldSetTablename(cls, mro, base, ctx.registry())) {
      cls.setAttribute("__tablename__", new PyStr(FlaskNames.camelToSnakeCase(cls.name())));
    }
    PyValue tablename = null;
    PyValue tableArgs = null;
    boolean inheritedTableArgs = false;
    Map<String, Found> dict;
    if (base.annotated()) {
      dict = new AnnotatedColumns(ctx, base, cls, mro, problems).attributes();
    } else {
      dict = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<String, PyValue> e : cls.namespace().entrySet()) {
        dict.put(e.getKey(), new Found(e.getKey(), e.getValue(), cls.creationOrder(), i++, cls));
      }
      collectMixinColumns(dict);
    }
    for (PyValue b : mro) {
      if (!(b instanceof PyClass base)) {
        continue;
      }
      boolean mapped = base != cls && ctx.registry().mapping(base) != null;
      int position = 0;
      for (Map.Entry<String, PyValue> e : base.namespace().entrySet()) {
        String name = e.getKey();
        PyValue obj = e.getValue();
        boolean declared = obj instanceof DeclaredAttr d && !d.cascading();
        if (name.equals("__tablename__")) {
          if (tablename == null && (!mapped || declared)) {
            tablename = getattr(name);
          }
        } else if (name.equals("__table_args__")) {
          if (tableArgs == null && (!mapped || declared)) {
            tableArgs = getattr(name);
            if (!(tableArgs instanceof PyTuple
                || tableArgs instanceof PyDict
                || tableArgs == PyNone.NONE
                || tableArgs instanceof PyUnknown)) {
              throw new PyException(
                  "sqlalchemy.exc.ArgumentError",
                  "__table_args__ value must be a tuple, dict, or None");
            }
            inheritedTableArgs = base != cls;
          }
        } else if (mapped || base == cls) {
          position++;
          continue;
        } else if (obj instanceof MapperPropertyValue) {
          throw new PyException(
              "sqlalchemy.exc.InvalidRequestError",
              "Mapper properties (i.e. deferred,column_property(), relationship(), etc.) must be"
                  + " declared as @declared_attr callables on declarative mixin classes.  For"
                  + " dataclass field() objects, use a lambda:");
        } else if (obj instanceof DeclaredAttr d
            && !name.startsWith("__")
            && getattrRaw(name) == obj) {
          dict.put(
              name, new Found(name, d.valueFor(cls), Long.MAX_VALUE, ++declaredAttrCalls, base));
        }
        position++;
      }
    }
    if (inheritedTableArgs && tablename == null) {
      tableArgs = null;
    }
    List<Found> columns = declaredColumns(dict);
    Found table = dict.get("__table__");
    new DeclaredTableBuilder(ctx, base, cls, mro, problems)
        .build(tablename, tableArgs, columns, table == null ? null : table.value());
  }

  /** {@code getattr(cls, name)}: the first definition along the MRO, a declared_attr called. */
  private PyValue getattr(String name) {
    for (PyValue b : mro) {
      PyValue v =
          b instanceof PyClass c
              ? c.namespace().get(name)
              : b instanceof DeclarativeBaseValue d ? d.attribute(name) : null;
      if (v != null) {
        return v instanceof DeclaredAttr d ? d.valueFor(cls) : v;
      }
    }
    return null;
  }

  // _produce_column_copies for every unmapped base but the class itself: a mixin's Column is
  // copied onto the class unless the class (or an earlier base) defines the name.
  private void collectMixinColumns(Map<String, Found> dict) {
    for (PyValue b : mro) {
      if (!(b instanceof PyClass base) || base == cls || ctx.registry().mapping(base) != null) {
        continue;
      }
      int position = 0;
      for (Map.Entry<String, PyValue> e : base.namespace().entrySet()) {
        String name = e.getKey();
        PyValue obj = e.getValue();
        if (obj instanceof SaColumn col && getattrRaw(name) == obj) {
          if (!col.toColumn(name).foreignKeys().isEmpty()) {
            throw new PyException(
                "sqlalchemy.exc.InvalidRequestError",
                "Columns with foreign keys to other columns must be declared as @declared_attr"
                    + " callables on declarative mixin classes.  For dataclass field() objects,"
                    + " use a lambda:.");
          }
          if (!dict.containsKey(name)) {
            dict.put(name, new Found(name, obj, base.creationOrder(), position, base));
          }
        } else if (obj instanceof PyUnknown u && looksLikeColumn(u)) {
          problems.add(problem(base, name, u));
        }
        position++;
      }
    }
  }

  private PyValue getattrRaw(String name) {
    for (PyValue b : mro) {
      if (b instanceof PyClass c && c.namespace().containsKey(name)) {
        return c.namespace().get(name);
      }
    }
    return null;
  }

  // _extract_mappable_attributes and _extract_declared_columns: Columns and the columns of
  // column properties, in the order they were created.
  private List<Found> declaredColumns(Map<String, Found> dict) {
    List<Found> columns = new ArrayList<>();
    for (Found f : dict.values()) {
      String k = f.key();
      if (k.equals("__table__") || k.equals("__tablename__") || k.equals("__mapper_args__")) {
        continue;
      }
      PyValue value = f.value();
      if (value instanceof DeclaredAttr d) {
        value = d.valueFor(cls);
        f = new Found(k, value, Long.MAX_VALUE, ++declaredAttrCalls, f.where());
      }
      if (value instanceof PyTuple t
          && t.items().size() == 1
          && (t.items().get(0) instanceof SaColumn
              || t.items().get(0) instanceof MapperPropertyValue)) {
        ctx.warn(
            cls,
            "Ignoring declarative-like tuple value of attribute '"
                + k
                + "': possibly a copy-and-paste error with a comma accidentally placed at the end"
                + " of the line?");
        continue;
      }
      if (value instanceof PyUnknown u && looksLikeColumn(u)) {
        problems.add(problem(f.where(), k, u));
        continue;
      }
      if (!(value instanceof SaColumn) && !(value instanceof MapperPropertyValue)) {
        continue;
      }
      if (k.equals("metadata")) {
        throw new PyException(
            "sqlalchemy.exc.InvalidRequestError",
            "Attribute name 'metadata' is reserved for the MetaData instance when using a"
                + " declarative base class.");
      }
      if (value instanceof SaColumn) {
        columns.add(new Found(k, value, f.classOrder(), f.position(), f.where()));
      } else {
        for (PyValue c : ((MapperPropertyValue) value).columns()) {
          if (c instanceof SaColumn) {
            columns.add(new Found(k, c, f.classOrder(), f.position(), f.where()));
          } else if (c instanceof PyUnknown u) {
            problems.add(problem(f.where(), k, u));
          }
        }
      }
    }
    columns.sort(Comparator.comparingLong(Found::classOrder).thenComparingLong(Found::position));
    return columns;
  }

  static boolean looksLikeColumn(PyUnknown u) {
    return u.origin().contains("Column(") || u.origin().contains("column_property(");
  }

  private static ModelProblem problem(PyClass where, String attribute, PyUnknown u) {
    return new ModelProblem(
        where.file(),
        Lines.of(where, attribute),
        where.name()
            + "."
            + attribute
            + " is a column the tutor cannot read: an argument of "
            + u.origin()
            + " comes from code it does not evaluate (a package it does not model?);"
            + " autogenerate needs every column in plain SQLAlchemy terms");
  }

  /** The column a Found holds, named after its attribute when it has no name of its own. */
  static Column column(Found f) {
    return ((SaColumn) f.value()).toColumn(f.key());
  }
}
