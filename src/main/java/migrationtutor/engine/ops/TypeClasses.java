package migrationtutor.engine.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.BoundArgs;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.schema.BinaryType;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.IntervalType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PickleType;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TimeType;
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UnsupportedType;

/**
 * The type classes of {@code sqlalchemy} / {@code sqlalchemy.types}, each with SQLAlchemy 1.4.46's
 * constructor signature. The signature names the class that defines {@code __init__} (so {@code
 * sa.Text(lenght=5)} reads {@code String.__init__() got an unexpected keyword argument}); classes
 * without one take no arguments ({@code Integer() takes no arguments}).
 */
final class TypeClasses {
  static final String SQLTYPES = "sqlalchemy.sql.sqltypes";

  private static final Function<Args, BoundArgs> STRING =
      Natives.method(
          "String.__init__(self, length=None, collation=None, convert_unicode=False,"
              + " unicode_error=None, _warn_on_bytestring=False, _expect_unicode=False)");
  private static final Function<Args, BoundArgs> BOOLEAN =
      Natives.method(
          "Boolean.__init__(self, create_constraint=False, name=None," + " _create_events=True)");
  private static final Function<Args, BoundArgs> FLOAT =
      Natives.method(
          "Float.__init__(self, precision=None, asdecimal=False, decimal_return_scale=None)");
  private static final Function<Args, BoundArgs> NUMERIC =
      Natives.method(
          "Numeric.__init__(self, precision=None, scale=None, decimal_return_scale=None,"
              + " asdecimal=True)");
  private static final Function<Args, BoundArgs> INTERVAL =
      Natives.method(
          "Interval.__init__(self, native=True, second_precision=None, day_precision=None)");

  private final Map<String, SaTypeClass> classes = new LinkedHashMap<>();

  TypeClasses(Consumer<PythonWarning> warnings) {
    for (String n :
        List.of("Integer", "BigInteger", "SmallInteger", "INTEGER", "BIGINT", "SMALLINT")) {
      add(n, noArguments(n, () -> new IntegerType(n)));
    }
    classes.put("INT", classes.get("INTEGER"));
    for (String n : List.of("Date", "DATE")) {
      add(n, noArguments(n, () -> new DateType(n)));
    }
    for (String n : List.of("String", "Text", "VARCHAR", "CHAR", "TEXT", "CLOB")) {
      add(n, a -> string(n, STRING.apply(a)));
    }
    for (String n : List.of("Unicode", "UnicodeText", "NVARCHAR", "NCHAR")) {
      Function<Args, BoundArgs> own =
          Natives.method(
              (n.equals("UnicodeText") ? n : "Unicode") + ".__init__(self, length=None, **kwargs)");
      add(n, a -> unicode(n, own.apply(a)));
    }
    for (String n : List.of("Boolean", "BOOLEAN")) {
      add(
          n,
          a -> {
            BoundArgs b = BOOLEAN.apply(a);
            return new BooleanType(
                n,
                b.get("create_constraint").truthy(),
                PyArgs.optStr(b.get("name"), "sa." + n + "(name=...)"));
          });
    }
    for (String n : List.of("DateTime", "DATETIME", "TIMESTAMP")) {
      Function<Args, BoundArgs> own =
          Natives.method(
              (n.equals("TIMESTAMP") ? n : "DateTime") + ".__init__(self, timezone=False)");
      add(n, a -> new DateTimeType(n, own.apply(a).get("timezone").truthy()));
    }
    Function<Args, BoundArgs> time = Natives.method("Time.__init__(self, timezone=False)");
    for (String n : List.of("Time", "TIME")) {
      add(n, a -> new TimeType(n, time.apply(a).get("timezone").truthy()));
    }
    add(
        "Interval",
        a -> {
          BoundArgs b = INTERVAL.apply(a);
          return new IntervalType(
              b.get("native").truthy(),
              PyArgs.optInt(b.get("second_precision"), "sa.Interval(second_precision=...)"),
              PyArgs.optInt(b.get("day_precision"), "sa.Interval(day_precision=...)"));
        });
    for (String n : List.of("Float", "FLOAT", "REAL")) {
      add(
          n,
          a -> {
            BoundArgs b = FLOAT.apply(a);
            return new FloatType(
                n,
                PyArgs.optInt(b.get("precision"), "sa." + n + "(precision=...)"),
                b.get("asdecimal").truthy(),
                PyArgs.optInt(
                    b.get("decimal_return_scale"), "sa." + n + "(decimal_return_scale=...)"));
          });
    }
    for (String n : List.of("Numeric", "NUMERIC", "DECIMAL")) {
      add(n, a -> numeric(n, NUMERIC.apply(a)));
    }
    Function<Args, BoundArgs> json = Natives.method("JSON.__init__(self, none_as_null=False)");
    add(
        "JSON",
        a -> new JsonType(TypeModule.SQLALCHEMY, json.apply(a).get("none_as_null").truthy()));
    for (String n : List.of("LargeBinary", "BLOB", "BINARY", "VARBINARY")) {
      Function<Args, BoundArgs> own =
          Natives.method(
              (n.startsWith("L") || n.equals("BLOB") ? "LargeBinary" : "_Binary")
                  + ".__init__(self, length=None)");
      add(
          n,
          a ->
              new BinaryType(
                  n, PyArgs.optInt(own.apply(a).get("length"), "sa." + n + "(length=...)")));
    }
    Function<Args, BoundArgs> pickle =
        Natives.method(
            "PickleType.__init__(self, protocol=5, pickler=None, comparator=None, impl=None)");
    add(
        "PickleType",
        a -> {
          pickle.apply(a);
          return new PickleType();
        });
    add("NullType", noArguments("NullType", NullType::new));
    EnumTypes enums = new EnumTypes(warnings);
    add("Enum", enums::create);
    Function<Args, BoundArgs> array =
        Natives.method(
            "ARRAY.__init__(self, item_type, as_tuple=False, dimensions=None, zero_indexes=False)");
    add(
        "ARRAY",
        a -> {
          array.apply(a);
          return unsupported("sa", "ARRAY", a);
        });
    add("TupleType", a -> unsupported("sa", "TupleType", a));
  }

  /** Every type class by the names {@code sqlalchemy} exports it under. */
  Map<String, SaTypeClass> all() {
    return classes;
  }

  private void add(String name, Function<Args, SqlType> factory) {
    classes.put(name, new SaTypeClass(name, SQLTYPES, factory));
  }

  static Function<Args, SqlType> noArguments(
      String name, java.util.function.Supplier<SqlType> type) {
    return a -> {
      if (a.size() > 0) {
        throw Natives.takesNoArguments(name);
      }
      return type.get();
    };
  }

  private static SqlType string(String cls, BoundArgs b) {
    return new StringType(
        cls,
        PyArgs.optInt(b.get("length"), "sa." + cls + "(length=...)"),
        PyArgs.optStr(b.get("collation"), "sa." + cls + "(collation=...)"));
  }

  // Unicode.__init__(self, length=None, **kwargs) hands everything on to String.__init__.
  private static SqlType unicode(String cls, BoundArgs b) {
    Map<String, PyValue> kw = new LinkedHashMap<>();
    kw.put("length", b.get("length"));
    kw.putAll(PyArgs.kwargs(b.get("kwargs")));
    return string(cls, STRING.apply(new Args(List.of(), kw)));
  }

  private static SqlType numeric(String cls, BoundArgs b) {
    String c = "sa." + cls;
    return new NumericType(
        cls,
        PyArgs.optInt(b.get("precision"), c + "(precision=...)"),
        PyArgs.optInt(b.get("scale"), c + "(scale=...)"),
        PyArgs.optInt(b.get("decimal_return_scale"), c + "(decimal_return_scale=...)"),
        b.get("asdecimal").truthy());
  }

  /**
   * A type SQLite cannot render, kept with its arguments as written so that it loads, renders back
   * as Python, and fails where SQLAlchemy fails: when DDL is compiled.
   */
  static UnsupportedType unsupported(String prefix, String cls, Args a) {
    List<String> repr = new ArrayList<>();
    List<String> render = new ArrayList<>();
    for (PyValue v : a.positional()) {
      SqlType t = SaType.of(v);
      repr.add(t != null ? t.pythonRepr() : v.repr());
      render.add(t != null ? t.render("sa.") : v.repr());
    }
    a.keywords()
        .forEach(
            (k, v) -> {
              SqlType t = SaType.of(v);
              repr.add(k + "=" + (t != null ? t.pythonRepr() : v.repr()));
              render.add(k + "=" + (t != null ? t.render("sa.") : v.repr()));
            });
    return new UnsupportedType(prefix, cls, String.join(", ", repr), String.join(", ", render));
  }
}
