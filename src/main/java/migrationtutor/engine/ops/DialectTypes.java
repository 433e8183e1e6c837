package migrationtutor.engine.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyNone;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.TimeType;
import migrationtutor.engine.schema.TypeModule;

/**
 * {@code sqlalchemy.dialects.sqlite}, {@code .postgresql} and {@code .mysql}. Each re-exports some
 * generic classes ({@code sqlite.INTEGER is sa.INTEGER}); the SQLite-specific {@code JSON}, {@code
 * DATE}, {@code DATETIME}, {@code TIME} are modelled, while PostgreSQL and MySQL types load as
 * {@code UnsupportedType}s, so a script imports and renders them and compiling them to SQLite DDL
 * fails as it does in SQLAlchemy.
 */
final class DialectTypes {
  private static final Function<Args, BoundArgs> SQLITE_JSON =
      Natives.method("JSON.__init__(self, none_as_null=False)");
  private static final Function<Args, BoundArgs> DATETIME_MIXIN =
      Natives.method("_DateTimeMixin.__init__(self, storage_format=None, regexp=None, **kw)");

  private DialectTypes() {}

  static PyModule sqlite(Map<String, SaTypeClass> generic) {
    PyModule m = new PyModule("sqlalchemy.dialects.sqlite");
    for (String n :
        List.of(
            "BLOB",
            "BOOLEAN",
            "CHAR",
            "DECIMAL",
            "FLOAT",
            "INTEGER",
            "NUMERIC",
            "SMALLINT",
            "TEXT",
            "TIMESTAMP",
            "VARCHAR",
            "REAL")) {
      m.put(n, generic.get(n));
    }
    String base = "sqlalchemy.dialects.sqlite.base";
    m.put(
        "JSON",
        new SaTypeClass(
            "JSON",
            "sqlalchemy.dialects.sqlite.json",
            a ->
                new JsonType(
                    TypeModule.SQLITE, SQLITE_JSON.apply(a).get("none_as_null").truthy())));
    m.put(
        "DATETIME",
        new SaTypeClass(
            "DATETIME",
            base,
            a -> {
              Map<String, PyValue> kw = dateTimeMixin("DATETIME", a);
              return new DateTimeType(TypeModule.SQLITE, "DATETIME", timezone("DateTime", kw));
            }));
    m.put(
        "TIME",
        new SaTypeClass(
            "TIME",
            base,
            a -> {
              Map<String, PyValue> kw = dateTimeMixin("TIME", a);
              return new TimeType(TypeModule.SQLITE, "TIME", timezone("Time", kw));
            }));
    m.put(
        "DATE",
        new SaTypeClass(
            "DATE",
            base,
            a -> {
              Map<String, PyValue> kw = dateTimeMixin("DATE", a);
              if (!kw.isEmpty()) {
                throw PyException.typeError(
                    "object.__init__() takes exactly one argument (the instance to initialize)");
              }
              return new DateType(TypeModule.SQLITE, "DATE");
            }));
    for (String n : List.of("Insert", "insert", "dialect")) {
      m.put(
          n,
          Natives.notModelled(
              "sqlite." + n,
              "the tutor's migrations cover schema changes, op.execute() and op.bulk_insert()"));
    }
    return m;
  }

  static PyModule postgresql(Map<String, SaTypeClass> generic) {
    return foreign(
        "postgresql",
        generic,
        List.of(
            "INTEGER",
            "BIGINT",
            "SMALLINT",
            "VARCHAR",
            "CHAR",
            "TEXT",
            "NUMERIC",
            "FLOAT",
            "REAL",
            "DATE",
            "BOOLEAN"),
        List.of(
            "INET",
            "CIDR",
            "UUID",
            "BIT",
            "MACADDR",
            "MACADDR8",
            "MONEY",
            "OID",
            "REGCLASS",
            "DOUBLE_PRECISION",
            "TIMESTAMP",
            "TIME",
            "BYTEA",
            "INTERVAL",
            "ARRAY",
            "ENUM",
            "HSTORE",
            "INT4RANGE",
            "INT8RANGE",
            "NUMRANGE",
            "DATERANGE",
            "TSVECTOR",
            "TSRANGE",
            "TSTZRANGE",
            "JSON",
            "JSONB"),
        List.of(
            "dialect",
            "array",
            "hstore",
            "Any",
            "All",
            "DropEnumType",
            "CreateEnumType",
            "ExcludeConstraint",
            "aggregate_order_by",
            "array_agg",
            "insert",
            "Insert"));
  }

  static PyModule mysql(Map<String, SaTypeClass> generic) {
    return foreign(
        "mysql",
        generic,
        List.of("BINARY", "BLOB", "BOOLEAN", "DATE", "VARBINARY"),
        List.of(
            "BIGINT",
            "BIT",
            "CHAR",
            "DATETIME",
            "DECIMAL",
            "DOUBLE",
            "ENUM",
            "FLOAT",
            "INTEGER",
            "JSON",
            "LONGBLOB",
            "LONGTEXT",
            "MEDIUMBLOB",
            "MEDIUMINT",
            "MEDIUMTEXT",
            "NCHAR",
            "NVARCHAR",
            "NUMERIC",
            "SET",
            "SMALLINT",
            "REAL",
            "TEXT",
            "TIME",
            "TIMESTAMP",
            "TINYBLOB",
            "TINYINT",
            "TINYTEXT",
            "VARCHAR",
            "YEAR"),
        List.of("dialect", "insert", "Insert", "match"));
  }

  private static PyModule foreign(
      String dialect,
      Map<String, SaTypeClass> generic,
      List<String> shared,
      List<String> own,
      List<String> other) {
    PyModule m = new PyModule("sqlalchemy.dialects." + dialect);
    shared.forEach(n -> m.put(n, generic.get(n)));
    for (String n : own) {
      m.put(
          n,
          new SaTypeClass(
              n, "sqlalchemy.dialects." + dialect, a -> TypeClasses.unsupported(dialect, n, a)));
    }
    for (String n : other) {
      m.put(
          n,
          Natives.notModelled(
              dialect + "." + n,
              "the sandbox runs SQLite: use the generic sqlalchemy types and constructs"));
    }
    return m;
  }

  // sqlite.DATETIME / TIME take truncate_microseconds, then _DateTimeMixin.__init__ takes
  // storage_format and regexp; both change how values are stored, which the tutor does not model.
  private static Map<String, PyValue> dateTimeMixin(String cls, Args a) {
    Map<String, PyValue> kw = new LinkedHashMap<>(a.keywords());
    PyValue truncate = cls.equals("DATE") ? null : kw.remove("truncate_microseconds");
    BoundArgs b = DATETIME_MIXIN.apply(new Args(a.positional(), kw));
    boolean custom =
        b.get("storage_format") != PyNone.NONE
            || b.get("regexp") != PyNone.NONE
            || (truncate != null && truncate.truthy());
    if (custom) {
      throw PyArgs.unsupported(
          "sqlite." + cls + " with a custom storage format",
          "use sqlite."
              + cls
              + "() or the generic sa type, which store SQLAlchemy's default"
              + " format");
    }
    return PyArgs.kwargs(b.get("kw"));
  }

  private static boolean timezone(String cls, Map<String, PyValue> kw) {
    Function<Args, BoundArgs> init = Natives.method(cls + ".__init__(self, timezone=False)");
    return init.apply(new Args(List.of(), kw)).get("timezone").truthy();
  }
}
