package migrationtutor.engine.models;

import java.util.Map;
import java.util.Set;
import migrationtutor.engine.pyeval.Args;
import migrationtutor.engine.pyeval.PyClass;
import migrationtutor.engine.pyeval.PyDict;
import migrationtutor.engine.pyeval.PyValue;
import migrationtutor.engine.pysrc.Expr;

/**
 * The SQL type SQLAlchemy 2.0 gives a column from the Python type of its {@code Mapped[...]}
 * annotation: the base's {@code type_annotation_map} first, then {@code
 * sqlalchemy.sql.sqltypes._type_map} — int, str, float, bool, bytes, decimal.Decimal and the
 * datetime types — and an {@code enum.Enum} subclass as {@code Enum(cls)}.
 */
final class AnnotationTypes {
  // _type_map of sqlalchemy/sql/sqltypes.py (2.0), keyed as the tutor sees those Python types:
  // builtins by name, the stdlib's classes and constructors by their repr.
  private static final Map<String, String> BUILTINS =
      Map.of(
          "int", "Integer",
          "str", "String",
          "float", "Float",
          "bool", "Boolean",
          "bytes", "LargeBinary");

  private static final Map<String, String> STDLIB =
      Map.of(
          "<class 'datetime.datetime'>", "DateTime",
          "<built-in function date>", "Date",
          "<built-in function time>", "Time",
          "<built-in function timedelta>", "Interval",
          "<built-in function Decimal>", "Numeric");

  private static final Set<String> ENUM_BASES = Set.of("Enum", "IntEnum", "StrEnum");

  private AnnotationTypes() {}

  /**
   * The type for a Python type expression, or null when no map has one.
   *
   * @param typeMap the base's {@code type_annotation_map}, or null
   */
  static PyValue of(ModelContext ctx, PyClass cls, Expr pythonType, PyDict typeMap) {
    PyValue v = Names.resolve(cls, pythonType);
    String builtin = Names.builtin(cls, pythonType);
    if (typeMap != null) {
      for (Map.Entry<PyValue, PyValue> e : typeMap.entries().entrySet()) {
        if (v != null ? e.getKey() == v : builtin != null && isBuiltin(e.getKey(), builtin)) {
          return e.getValue();
        }
      }
    }
    if (builtin != null && BUILTINS.containsKey(builtin)) {
      return ctx.sqlalchemy(BUILTINS.get(builtin));
    }
    if (v != null && STDLIB.containsKey(v.repr())) {
      return ctx.sqlalchemy(STDLIB.get(v.repr()));
    }
    if (v instanceof PyClass c && isEnum(c)) {
      return ctx.callSqlalchemy("Enum", Args.of(c));
    }
    return null;
  }

  private static boolean isBuiltin(PyValue key, String name) {
    return key.repr().equals("<class '" + name + "'>");
  }

  private static boolean isEnum(PyClass c) {
    for (PyValue b : Mro.of(c)) {
      if (b != null
          && b.typeName().equals("_SpecialForm")
          && ENUM_BASES.stream().anyMatch(n -> b.repr().equals("typing." + n))) {
        return true;
      }
    }
    return false;
  }
}
