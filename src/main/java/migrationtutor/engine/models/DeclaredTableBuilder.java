package migrationtutor.engine.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.ops.SaColumn;
import migrationtutor.engine.ops.SaTable;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyTuple;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.Column;
import migrationtutor.engine.schema.Index;
import migrationtutor.engine.schema.Table;
import migrationtutor.engine.schema.TableElement;

/**
 * {@code _setup_table} and {@code _setup_inheritance}: the table of a declarative class — {@code
 * Table(tablename, metadata, *columns, *args, **kw)} — or, without a table name, the mapped
 * parent's table with the class's columns added; then the mapper's primary key check.
 */
final class DeclaredTableBuilder {
  private final ModelContext ctx;
  private final DeclarativeBaseValue base;
  private final PyClass cls;
  private final List<PyValue> mro;
  private final List<ModelProblem> problems;

  DeclaredTableBuilder(
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

  void build(
      PyValue tablename,
      PyValue tableArgs,
      List<DeclarativeScan.Found> columns,
      PyValue tableValue) {
    if (tableValue != null) {
      mapToGivenTable(tableValue, columns);
      return;
    }
    if (tablename instanceof PyUnknown u) {
      problems.add(
          new ModelProblem(
              cls.file(),
              Lines.of(cls, "__tablename__"),
              cls.name()
                  + ".__tablename__ comes from "
                  + u.origin()
                  + ", which the tutor cannot evaluate"));
      ctx.registry().add(base.metadata(), unknownTable());
      return;
    }
    List<PyValue> args = new ArrayList<>();
    Map<String, PyValue> kw = new LinkedHashMap<>();
    splitTableArgs(tableArgs, args, kw);
    if (tablename instanceof PyStr name && !(base.flask() && singleTableInFlask(columns, args))) {
      newTable(name.value(), columns, args, kw);
    } else {
      addToParentTable(tableArgs, columns);
    }
  }

  private void newTable(
      String name, List<DeclarativeScan.Found> found, List<PyValue> args, Map<String, PyValue> kw) {
    List<PyValue> scratchArgs = new ArrayList<>();
    scratchArgs.add(new PyStr(name));
    scratchArgs.add(ctx.callSqlalchemy("MetaData", Args.none()));
    List<Column> columns = new ArrayList<>();
    for (DeclarativeScan.Found f : found) {
      Column c = DeclarativeScan.column(f);
      columns.add(c);
      // Columns of the right names only: the explicit constraints and indexes of __table_args__
      // are read off a throw-away Table, built by the models' own sa.Table.
      scratchArgs.add(
          ctx.callSqlalchemy("Column", Args.of(new PyStr(c.name()), ctx.sqlalchemy("Integer"))));
    }
    scratchArgs.addAll(args);
    PyValue scratch = ctx.callSqlalchemy("Table", new Args(scratchArgs, kw));
    if (!(scratch instanceof SaTable s)) {
      problems.add(
          new ModelProblem(
              cls.file(),
              Lines.of(cls, "__table_args__"),
              cls.name()
                  + ".__table_args__ holds a value the tutor cannot evaluate"
                  + (scratch instanceof PyUnknown u ? " (" + u.origin() + ")" : "")));
      ctx.registry().add(base.metadata(), unknownTable());
      return;
    }
    Table explicit = s.table();
    List<TableElement> elements = new ArrayList<>(explicit.constraints());
    if (!explicit.primaryKey().columns().isEmpty() || explicit.primaryKey().name() != null) {
      elements.add(explicit.primaryKey());
    }
    elements.addAll(explicit.indexes());
    elements.addAll(columns);
    Table table = Table.assemble(name, elements, ctx.warnings());
    if (explicit.comment() != null) {
      table = table.withComment(explicit.comment());
    }
    table =
        table
            .withSqliteAutoincrement(explicit.sqliteAutoincrement())
            .withSqliteWithRowid(explicit.sqliteWithRowid());
    List<String> generated = new ArrayList<>();
    for (Index ix : table.indexes()) {
      if (explicit.indexes().stream().noneMatch(e -> e.name().equals(ix.name()))) {
        generated.add(ix.name());
      }
    }
    requirePrimaryKey(table);
    ctx.registry().add(base.metadata(), new DeclaredTable(cls, table, generated, problems));
  }

  // Mapper._configure_pks: a mapped table needs primary key columns, unless the mapper is told
  // which columns to use; with unreadable columns the key may be among them, so nothing is said.
  private void requirePrimaryKey(Table table) {
    PyValue mapperArgs = cls.attribute("__mapper_args__");
    boolean givenKey =
        mapperArgs instanceof PyDict d && d.entries().containsKey(new PyStr("primary_key"));
    if (table.primaryKey().columns().isEmpty() && problems.isEmpty() && !givenKey) {
      throw new PyException(
          "sqlalchemy.exc.ArgumentError",
          "Mapper mapped class "
              + cls.name()
              + "->"
              + table.name()
              + " could not assemble any primary key columns for mapped table '"
              + table.name()
              + "'");
    }
  }

  private void mapToGivenTable(PyValue tableValue, List<DeclarativeScan.Found> columns) {
    if (!(tableValue instanceof SaTable t)) {
      problems.add(
          new ModelProblem(
              cls.file(),
              Lines.of(cls, "__table__"),
              cls.name() + ".__table__ is not a Table the tutor can read"));
      ctx.registry().add(base.metadata(), unknownTable());
      return;
    }
    for (DeclarativeScan.Found f : columns) {
      if (t.table().column(DeclarativeScan.column(f).name()).isEmpty()) {
        throw new PyException(
            "sqlalchemy.exc.ArgumentError",
            "Can't add additional column "
                + new PyStr(f.key()).repr()
                + " when specifying __table__");
      }
    }
    ctx.registry().mapExternal(cls, new ModelRegistry.Mapping(base.metadata(), t.table().name()));
  }

  // _setup_inheritance without a table: single-table inheritance onto the mapped parent.
  private void addToParentTable(PyValue tableArgs, List<DeclarativeScan.Found> found) {
    PyClass parent = inheritedClass();
    if (parent == null) {
      throw new PyException(
          "sqlalchemy.exc.InvalidRequestError",
          "Class "
              + cls.repr()
              + " does not have a __table__ or __tablename__ specified and does not inherit from"
              + " an existing table-mapped class.");
    }
    if (tableArgs != null && tableArgs != PyNone.NONE && tableArgs.truthy()) {
      throw new PyException(
          "sqlalchemy.exc.ArgumentError",
          "Can't place __table_args__ on an inherited class with no table.");
    }
    ModelRegistry.Mapping mapping = ctx.registry().mapping(parent);
    DeclaredTable parentTable = ctx.registry().table(mapping);
    if (parentTable == null) {
      if (!found.isEmpty()) {
        problems.add(
            new ModelProblem(
                cls.file(),
                cls.definition().span().line(),
                cls.name()
                    + " adds columns to the __table__ of "
                    + parent.name()
                    + ", which the tutor does not extend; define those columns in that Table"));
      }
      ctx.registry().mapExternal(cls, mapping);
      return;
    }
    Table table = parentTable.table();
    List<String> generated = new ArrayList<>(parentTable.generatedIndexes());
    for (DeclarativeScan.Found f : found) {
      Column c = DeclarativeScan.column(f);
      if (table.column(c.name()).isPresent()) {
        throw new PyException(
            "sqlalchemy.exc.ArgumentError",
            "Column '"
                + c.name()
                + "' on class "
                + cls.repr()
                + " conflicts with existing column '"
                + table.name()
                + "."
                + c.name()
                + "'");
      }
      if (c.primaryKey()) {
        throw new PyException(
            "sqlalchemy.exc.ArgumentError",
            "Can't place primary key columns on an inherited class with no table.");
      }
      Table added = Table.assemble(table.name(), List.of(c), ctx.warnings());
      added.indexes().forEach(ix -> generated.add(ix.name()));
      table = appended(table, c, added);
    }
    List<ModelProblem> all = new ArrayList<>(parentTable.problems());
    all.addAll(problems);
    ctx.registry()
        .mapTo(cls, mapping, new DeclaredTable(parentTable.owner(), table, generated, all));
  }

  // Table.append_column: the column joins last, with the constraints and index it creates.
  private static Table appended(Table table, Column c, Table alone) {
    List<Column> columns = new ArrayList<>(table.columns());
    columns.add(c);
    List<migrationtutor.engine.schema.Constraint> constraints =
        new ArrayList<>(table.constraints());
    constraints.addAll(alone.constraints());
    List<Index> indexes = new ArrayList<>(table.indexes());
    indexes.addAll(alone.indexes());
    return new Table(
        table.name(),
        columns,
        table.primaryKey(),
        constraints,
        indexes,
        table.comment(),
        table.sqliteAutoincrement(),
        table.sqliteWithRowid());
  }

  // _resolve_for_abstract_or_classical over the direct bases: the mapped class inherited from.
  private PyClass inheritedClass() {
    for (PyValue b : cls.bases()) {
      PyClass found = resolveMapped(b);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private PyClass resolveMapped(PyValue b) {
    if (!(b instanceof PyClass c)) {
      return null;
    }
    if (c.namespace().containsKey("__abstract__") && c.namespace().get("__abstract__").truthy()) {
      for (PyValue sup : c.bases()) {
        PyClass found = resolveMapped(sup);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    return ctx.registry().mapping(c) != null ? c : null;
  }

  // flask_sqlalchemy's __table_cls__: no primary key while a parent has a table means
  // single-table inheritance (the __tablename__ set for the class is dropped again).
  private boolean singleTableInFlask(List<DeclarativeScan.Found> columns, List<PyValue> args) {
    boolean key = columns.stream().anyMatch(f -> DeclarativeScan.column(f).primaryKey());
    boolean keyConstraint =
        args.stream().anyMatch(a -> a.typeName().equals("PrimaryKeyConstraint"));
    if (key || keyConstraint) {
      return false;
    }
    for (PyValue b : mro) {
      if (b instanceof PyClass c && c != cls) {
        ModelRegistry.Mapping m = ctx.registry().mapping(c);
        DeclaredTable t = m == null ? null : ctx.registry().table(m);
        if (t != null && t.owner() == c) {
          return true;
        }
      }
    }
    return false;
  }

  private static void splitTableArgs(
      PyValue tableArgs, List<PyValue> args, Map<String, PyValue> kw) {
    if (tableArgs instanceof PyDict d) {
      d.entries().forEach((k, v) -> kw.put(k.str(), v));
    } else if (tableArgs instanceof PyTuple t && !t.items().isEmpty()) {
      List<PyValue> items = t.items();
      if (items.get(items.size() - 1) instanceof PyDict d) {
        args.addAll(items.subList(0, items.size() - 1));
        d.entries().forEach((k, v) -> kw.put(k.str(), v));
      } else {
        args.addAll(items);
      }
    } else if (tableArgs instanceof PyUnknown u) {
      args.add(u);
    }
  }

  // A placeholder for a table whose definition could not be read: it carries the problems.
  private DeclaredTable unknownTable() {
    String name = "<" + cls.name() + ">";
    return new DeclaredTable(
        cls,
        new Table(name, List.of(new Column("?", new migrationtutor.engine.schema.NullType()))),
        List.of(),
        problems);
  }

  static boolean isColumn(PyValue v) {
    return v instanceof SaColumn;
  }
}
