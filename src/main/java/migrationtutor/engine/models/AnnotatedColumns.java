package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.engine.ops.SaColumn;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyBool;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Stmt;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.NullType;

/**
 * SQLAlchemy 2.0's annotated declarative: the attributes of a class with their {@code
 * mapped_column()} values and bare {@code Mapped[...]} annotations turned into Columns, as {@code
 * _ClassScanMapperConfig._scan_attributes} collects them — the class's own attributes in the order
 * its body declares them, then those of its unmapped bases (mixins, the base class) along the MRO.
 * That order is the table's column order: 2.0 no longer sorts by creation order, so a mixin's
 * columns come after the class's own.
 */
final class AnnotatedColumns {
  private final ModelContext ctx;
  private final DeclarativeBaseValue base;
  private final PyClass cls;
  private final List<PyValue> mro;
  private final List<ModelProblem> problems;

  AnnotatedColumns(
      ModelContext ctx,
      DeclarativeBaseValue base,
      PyClass cls,
      List<PyValue> mro,
      List<ModelProblem> problems) {
    this.ctx = ctx;
    this.base = base;
    this.cls = cls;
    this.mro = mro;
    this.problems = problems;
  }

  /** The class's attributes, then the columns its unmapped bases contribute. */
  Map<String, DeclarativeScan.Found> attributes() {
    Map<String, DeclarativeScan.Found> dict = new LinkedHashMap<>();
    int position = 0;
    for (String name : declarationOrder(cls)) {
      PyValue raw = cls.namespace().get(name);
      PyValue value = value(cls, name, raw);
      if (value != null) {
        dict.put(
            name,
            new DeclarativeScan.Found(
                name, value, cls.creationOrder(), sorted(raw, position++), cls));
      }
    }
    for (PyValue b : mro) {
      if (!(b instanceof PyClass mixin) || mixin == cls || ctx.registry().mapping(mixin) != null) {
        continue;
      }
      for (String name : declarationOrder(mixin)) {
        PyValue raw = mixin.namespace().get(name);
        if (dict.containsKey(name)
            || !(raw == null || raw instanceof MappedColumnValue || raw instanceof SaColumn)) {
          continue;
        }
        PyValue value = value(mixin, name, raw);
        if (value != null) {
          // A copy of the mixin's column, made for this class after its own attributes.
          dict.put(
              name,
              new DeclarativeScan.Found(
                  name, value, cls.creationOrder(), sorted(raw, position++), mixin));
        }
      }
    }
    return dict;
  }

  // _setup_table sorts the collected columns by sort_order (0 unless given), stably: the order
  // within one sort_order is the collection order.
  private static long sorted(PyValue raw, int position) {
    long sortOrder = raw instanceof MappedColumnValue mc ? mc.sortOrder() : 0;
    return sortOrder * 1_000_000L + position;
  }

  // vars() and __annotations__ merged (merge_lists_w_ordering): the names the body assigns or
  // annotates in statement order, then what else the namespace holds.
  private static Set<String> declarationOrder(PyClass c) {
    Set<String> names = new LinkedHashSet<>();
    for (Stmt s : c.definition().body()) {
      if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
        names.add(n.id());
      } else if (s instanceof Stmt.Assign a) {
        a.targets().stream()
            .filter(t -> t instanceof Expr.Name)
            .forEach(t -> names.add(((Expr.Name) t).id()));
      }
    }
    names.retainAll(
        new LinkedHashSet<>(concat(c.namespace().keySet(), c.annotationSources().keySet())));
    names.addAll(c.namespace().keySet());
    return names;
  }

  private static List<String> concat(Set<String> a, Set<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The attribute's value for the mapper: a Column where 2.0 makes one, else the value. */
  private PyValue value(PyClass owner, String name, PyValue raw) {
    Expr annotation = owner.annotationSources().get(name);
    MappedAnnotation ann =
        annotation == null ? MappedAnnotation.NOT_MAPPED : MappedAnnotation.read(owner, annotation);
    if (raw instanceof MappedColumnValue mc) {
      return column(owner, name, mc, ann);
    } else if (raw == null && ann.mapped()) {
      // `name: Mapped[str]` alone is mapped_column() with everything from the annotation.
      return column(owner, name, new MappedColumnValue(Args.none()), ann);
    }
    return raw;
  }

  // MappedColumn.declarative_scan and _init_column_for_annotation: nullable from Optional unless
  // given, the type from the annotation unless given or taken from a ForeignKey's target column.
  private PyValue column(PyClass owner, String name, MappedColumnValue mc, MappedAnnotation ann) {
    Map<String, PyValue> kw = mc.columnKeywords();
    PyValue made = ctx.callSqlalchemy("Column", new Args(mc.positional(), kw));
    if (!ann.mapped() || !(made instanceof SaColumn sc)) {
      return made;
    }
    Column c = sc.toColumn(name);
    Map<String, PyValue> completed = new LinkedHashMap<>(kw);
    if (c.type() instanceof NullType && c.foreignKeys().isEmpty()) {
      PyValue type =
          ann.inner() == null
              ? null
              : AnnotationTypes.of(ctx, owner, ann.inner(), base.typeAnnotationMap());
      if (type == null) {
        return unknownType(owner, name, ann);
      }
      completed.put("type_", type);
    }
    if (!mc.explicitNullable() && !c.primaryKey()) {
      completed.put("nullable", PyBool.of(ann.optional()));
    }
    return ctx.callSqlalchemy("Column", new Args(mc.positional(), completed));
  }

  private PyValue unknownType(PyClass owner, String name, MappedAnnotation ann) {
    Expr inner = ann.inner();
    PyValue leaf = inner == null ? null : Names.resolve(owner, inner);
    if (leaf instanceof PyUnknown u) {
      problems.add(
          new ModelProblem(
              owner.file(),
              Lines.of(owner, name),
              owner.name()
                  + "."
                  + name
                  + " is a column the tutor cannot read: the type in Mapped["
                  + ann.text()
                  + "] comes from "
                  + u.origin()
                  + ", which it does not evaluate; give mapped_column() a plain SQLAlchemy type"));
      return u;
    }
    if (inner instanceof Expr.Subscript s && "Literal".equals(lastName(s.value()))) {
      problems.add(
          new ModelProblem(
              owner.file(),
              Lines.of(owner, name),
              owner.name()
                  + "."
                  + name
                  + ": the tutor does not read the column type SQLAlchemy makes of Mapped["
                  + ann.text()
                  + "]; give mapped_column() the type, such as mapped_column(Enum(...))"));
      return new PyUnknown("mapped_column() of Mapped[" + ann.text() + "]");
    }
    // What SQLAlchemy 2.0 raises when neither map knows the type (a model class or List[...] needs
    // relationship(), which this attribute lacks).
    throw new PyException(
        "sqlalchemy.orm.exc.MappedAnnotationError",
        "Could not locate SQLAlchemy Core type for Python type "
            + ann.text()
            + " inside the '"
            + name
            + "' attribute Mapped annotation");
  }

  private static String lastName(Expr e) {
    return e instanceof Expr.Name n ? n.id() : e instanceof Expr.Attribute a ? a.attr() : null;
  }
}
