package migrationtutor.engine.ddl;

import migrationtutor.engine.schema.BinaryType;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.EnumType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.IntervalType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PickleType;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TimeType;
import migrationtutor.engine.schema.UnsupportedType;

/**
 * Compiles a type to its SQLite DDL name, as {@code SQLiteTypeCompiler} (a {@code
 * GenericTypeCompiler}) does: {@code String(255)} → {@code VARCHAR(255)}, {@code Numeric(10, 2)} →
 * {@code NUMERIC(10, 2)}, {@code Enum} → {@code VARCHAR(<longest value>)}, {@code JSON} → {@code
 * JSON}, {@code LargeBinary} → {@code BLOB}, {@code Interval} → {@code DATETIME}.
 */
public final class SqliteTypeCompiler {
  private SqliteTypeCompiler() {}

  /**
   * The type's DDL.
   *
   * @throws PythonException {@code CompileError} for {@link NullType}, {@code
   *     UnsupportedCompilationError} for an {@link UnsupportedType}
   */
  public static String process(SqlType type) {
    if (type instanceof IntegerType t) {
      return switch (t.className()) {
        case "Integer" -> "INTEGER";
        case "BigInteger" -> "BIGINT";
        case "SmallInteger" -> "SMALLINT";
        default -> t.className();
      };
    } else if (type instanceof StringType t) {
      String base =
          switch (t.className()) {
            case "String", "Unicode" -> "VARCHAR";
            case "Text", "UnicodeText" -> "TEXT";
            default -> t.className();
          };
      return stringType(base, t.length(), t.collation());
    } else if (type instanceof EnumType t) {
      return stringType("VARCHAR", t.effectiveLength(), null);
    } else if (type instanceof BooleanType) {
      return "BOOLEAN";
    } else if (type instanceof DateTimeType t) {
      return t.className().equals("TIMESTAMP") ? "TIMESTAMP" : "DATETIME";
    } else if (type instanceof DateType) {
      return "DATE";
    } else if (type instanceof TimeType) {
      return "TIME";
    } else if (type instanceof IntervalType) {
      return "DATETIME";
    } else if (type instanceof FloatType t) {
      // visit_FLOAT ignores the precision in 1.4.
      return t.className().equals("REAL") ? "REAL" : "FLOAT";
    } else if (type instanceof NumericType t) {
      String base = t.className().equals("DECIMAL") ? "DECIMAL" : "NUMERIC";
      if (t.precision() == null) {
        return base;
      }
      return t.scale() == null
          ? base + "(" + t.precision() + ")"
          : base + "(" + t.precision() + ", " + t.scale() + ")";
    } else if (type instanceof JsonType) {
      return "JSON";
    } else if (type instanceof BinaryType t) {
      if (t.className().equals("BINARY") || t.className().equals("VARBINARY")) {
        return t.className() + (isTruthy(t.length()) ? "(" + t.length() + ")" : "");
      }
      return "BLOB";
    } else if (type instanceof PickleType) {
      return "BLOB";
    } else if (type instanceof NullType) {
      throw new PythonException(
          PythonException.COMPILE_ERROR,
          "Can't generate DDL for"
              + " NullType(); did you forget to specify a type on this Column?");
    }
    UnsupportedType t = (UnsupportedType) type;
    // SQLAlchemy's message also shows the compiler object's memory address, which no two runs
    // share; it is left out.
    throw new PythonException(
        PythonException.UNSUPPORTED_COMPILATION_ERROR,
        "Compiler <sqlalchemy.dialects.sqlite.base.SQLiteTypeCompiler object> can't render"
            + " element of type "
            + t.className()
            + " (Background on this error at: https://sqlalche.me/e/14/l7de)");
  }

  // GenericTypeCompiler._render_string_type: "(n)" only for a truthy length, the collation
  // always in double quotes and never escaped.
  private static String stringType(String name, Integer length, String collation) {
    String text = name;
    if (isTruthy(length)) {
      text += "(" + length + ")";
    }
    if (collation != null && !collation.isEmpty()) {
      text += " COLLATE \"" + collation + "\"";
    }
    return text;
  }

  private static boolean isTruthy(Integer n) {
    return n != null && n != 0;
  }
}
