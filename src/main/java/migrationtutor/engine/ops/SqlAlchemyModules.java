package migrationtutor.engine.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.NativeFunction;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.PythonWarning;

/**
 * The {@code sqlalchemy} package as scripts import it: {@code sqlalchemy}, {@code .types}, {@code
 * .schema}, {@code .sql}, {@code .sql.expression}, {@code .sql.sqltypes}, {@code .exc}, {@code
 * .pool}, {@code .engine}, {@code .dialects} and {@code .dialects.sqlite/postgresql/mysql}. It
 * needs no migration run, so revision files, env.py and models can be loaded with it; {@link
 * OpBindings} includes the same modules.
 *
 * <p>{@code sqlalchemy.orm} and {@code sqlalchemy.ext.*} are not among them: {@link #module}
 * answers null for those, for the caller's loader to supply.
 */
public final class SqlAlchemyModules {
  private static final List<String> EXPRESSIONS =
      List.of(
          "select",
          "exists",
          "bindparam",
          "tuple_",
          "type_coerce",
          "extract",
          "distinct",
          "asc",
          "desc",
          "between",
          "collate",
          "over",
          "within_group",
          "funcfilter",
          "union",
          "union_all",
          "except_",
          "except_all",
          "intersect",
          "intersect_all",
          "join",
          "outerjoin",
          "alias",
          "lateral",
          "subquery",
          "tablesample",
          "values",
          "all_",
          "any_",
          "nulls_first",
          "nulls_last",
          "nullsfirst",
          "nullslast",
          "lambda_stmt",
          "modifier",
          "outparam");
  private static final List<String> SCHEMA_EXTRAS =
      List.of(
          "Sequence",
          "Computed",
          "Identity",
          "DDL",
          "ColumnDefault",
          "DefaultClause",
          "FetchedValue",
          "Constraint",
          "ThreadLocalMetaData");

  private final Map<String, PyModule> modules = new LinkedHashMap<>();

  private SqlAlchemyModules(Consumer<PythonWarning> warnings) {
    TypeClasses types = new TypeClasses(warnings);
    ColumnConstructor columns = new ColumnConstructor(warnings);
    ConstraintConstructors constraints = new ConstraintConstructors(warnings);
    TableConstructors tables = new TableConstructors(warnings);
    Map<String, PyValue> schema = new LinkedHashMap<>();
    schema.put("Column", new SaClass("Column", "schema", columns::column));
    schema.put("ForeignKey", new SaClass("ForeignKey", "schema", columns::foreignKey));
    schema.put(
        "PrimaryKeyConstraint",
        new SaClass(
            "PrimaryKeyConstraint",
            "schema",
            a ->
                new SaSchemaItem.ConstraintItem(
                    constraints.primaryKey(a.positional(), a.keywords()))));
    schema.put(
        "UniqueConstraint",
        new SaClass(
            "UniqueConstraint",
            "schema",
            a ->
                new SaSchemaItem.ConstraintItem(constraints.unique(a.positional(), a.keywords()))));
    schema.put(
        "ForeignKeyConstraint",
        new SaClass(
            "ForeignKeyConstraint",
            "schema",
            a -> new SaSchemaItem.ConstraintItem(constraints.foreignKey(a))));
    schema.put(
        "CheckConstraint",
        new SaClass(
            "CheckConstraint",
            "schema",
            a -> new SaSchemaItem.ConstraintItem(constraints.check(a))));
    schema.put("Index", new SaClass("Index", "schema", constraints::index));
    schema.put("Table", new SaClass("Table", "schema", tables::table));
    schema.put("MetaData", new SaClass("MetaData", "schema", tables::metadata));
    for (String n : SCHEMA_EXTRAS) {
      schema.put(
          n,
          Natives.notModelled(
              "sa." + n,
              "the tutor's SQLite engine models columns, constraints, indexes and tables"));
    }
    Map<String, PyValue> expression = new LinkedHashMap<>();
    expression.put("text", SaTextClause.factory());
    expression.put("func", SaFunction.generator());
    expression.put(
        "literal_column",
        Natives.function(
            "literal_column(text, type_=None)",
            b ->
                new SaSqlElement(
                    SaSqlElement.Kind.LITERAL_COLUMN,
                    PyArgs.str(b.get("text"), "sa.literal_column(text)"),
                    SaType.optional(b.get("type_"), "sa.literal_column(type_=...)"))));
    expression.put(
        "true", Natives.function("true()", b -> new SaSqlElement(SaSqlElement.Kind.TRUE)));
    expression.put(
        "false", Natives.function("false()", b -> new SaSqlElement(SaSqlElement.Kind.FALSE)));
    expression.put(
        "null", Natives.function("null()", b -> new SaSqlElement(SaSqlElement.Kind.NULL)));
    expression.put(
        "table", Natives.function("table(name, *columns, **kw)", TableConstructors::tableClause));
    expression.put(
        "column",
        Natives.function(
            "column(text, type_=None, is_literal=False, _selectable=None)",
            TableConstructors::column));
    ExpressionFunctions.register(expression);
    for (String n : EXPRESSIONS) {
      expression.put(
          n,
          NativeFunction.of(
              n,
              a -> {
                throw NotYet.error("sa." + n + "()");
              }));
    }
    PyModule typesModule = newModule("sqlalchemy.types");
    types.all().forEach(typesModule::put);
    for (String n :
        List.of(
            "TypeEngine",
            "TypeDecorator",
            "UserDefinedType",
            "ExternalType",
            "Concatenable",
            "Indexable")) {
      typesModule.put(
          n,
          Natives.notModelled(
              "sa.types." + n, "use the sqlalchemy types (sa.String, sa.Integer, ...) directly"));
    }
    PyModule sqltypes = newModule("sqlalchemy.sql.sqltypes");
    types.all().forEach(sqltypes::put);
    PyModule schemaModule = newModule("sqlalchemy.schema");
    schema.forEach(schemaModule::put);
    PyModule expr = newModule("sqlalchemy.sql.expression");
    expression.forEach(expr::put);
    PyModule sql = newModule("sqlalchemy.sql");
    expression.forEach(sql::put);
    sql.put("expression", expr).put("sqltypes", sqltypes);
    PyModule dialects = newModule("sqlalchemy.dialects");
    dialects
        .put("sqlite", put(DialectTypes.sqlite(types.all())))
        .put("postgresql", put(DialectTypes.postgresql(types.all())))
        .put("mysql", put(DialectTypes.mysql(types.all())));
    PyModule exc = put(SqlAlchemyExc.module());
    PyModule sa = newModule("sqlalchemy");
    types.all().forEach(sa::put);
    schema.forEach(sa::put);
    expression.forEach(sa::put);
    String engineAdvice =
        "the tutor's runtime connects to the sandbox database; in a"
            + " migration use op.get_bind()";
    for (String n : List.of("create_engine", "engine_from_config", "create_mock_engine")) {
      sa.put(n, Natives.notModelled("sa." + n, engineAdvice));
    }
    sa.put(
        "inspect",
        Natives.notModelled(
            "sa.inspect", "write the migration for the schema the earlier revisions created"));
    PyModule engine = newModule("sqlalchemy.engine");
    for (String n : List.of("Connection", "Engine", "create_engine", "engine_from_config")) {
      engine.put(n, Natives.notModelled("sqlalchemy.engine." + n, engineAdvice));
    }
    PyModule pool = newModule("sqlalchemy.pool");
    for (String n :
        List.of(
            "NullPool",
            "StaticPool",
            "QueuePool",
            "SingletonThreadPool",
            "AssertionPool",
            "Pool")) {
      pool.put(n, Natives.notModelled("sqlalchemy.pool." + n, engineAdvice));
    }
    sa.put("types", typesModule)
        .put("schema", schemaModule)
        .put("sql", sql)
        .put("dialects", dialects)
        .put("exc", exc)
        .put("pool", pool)
        .put("engine", engine)
        .put("__version__", new PyStr("1.4.46"));
  }

  /** The modules, with SQLAlchemy's warnings ignored. */
  public static SqlAlchemyModules create() {
    return create(w -> {});
  }

  /**
   * The modules.
   *
   * @param warnings receives the warnings SQLAlchemy would emit ({@code SAWarning}, {@code
   *     SADeprecationWarning}), e.g. for a table defined with two columns of the same name
   */
  public static SqlAlchemyModules create(Consumer<PythonWarning> warnings) {
    return new SqlAlchemyModules(Objects.requireNonNull(warnings));
  }

  /** The module of a dotted name ({@code sqlalchemy.dialects.sqlite}), or null if not one. */
  public PyModule module(String name) {
    return modules.get(name);
  }

  /** The dotted names of every module provided. */
  public Set<String> names() {
    return modules.keySet();
  }

  /** A loader answering these modules for absolute imports and asking {@code next} otherwise. */
  public ModuleLoader loader(ModuleLoader next) {
    return (name, level, importer) -> {
      PyModule m = level == 0 && name != null ? modules.get(name) : null;
      return m != null ? m : next.load(name, level, importer);
    };
  }

  private PyModule newModule(String name) {
    return put(new PyModule(name));
  }

  private PyModule put(PyModule m) {
    modules.put(m.name(), m);
    return m;
  }
}
