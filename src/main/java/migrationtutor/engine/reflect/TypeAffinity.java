package migrationtutor.engine.reflect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.schema.BinaryType;
import migrationtutor.engine.schema.BooleanType;
import migrationtutor.engine.schema.DateTimeType;
import migrationtutor.engine.schema.DateType;
import migrationtutor.engine.schema.FloatType;
import migrationtutor.engine.schema.IntegerType;
import migrationtutor.engine.schema.JsonType;
import migrationtutor.engine.schema.NullType;
import migrationtutor.engine.schema.NumericType;
import migrationtutor.engine.schema.PythonWarning;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TimeType;
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UnsupportedConstructException;

/**
 * SQLAlchemy 1.4's {@code SQLiteDialect._resolve_type_affinity}: the declared type's name looked up
 * in {@code ischema_names}, else SQLite's affinity rules ({@code INT} → INTEGER, {@code
 * CHAR}/{@code CLOB}/{@code TEXT} → TEXT, {@code BLOB} or nothing → NullType, {@code REAL}/{@code
 * FLOA}/{@code DOUB} → REAL, anything else → NUMERIC), then the integers in parentheses passed
 * positionally to the type's constructor.
 */
final class TypeAffinity {
  private TypeAffinity() {}

  // re.match(r"([\w ]+)(\(.*?\))?", type_) on the upper-cased declaration.
  private static final Pattern DECLARED =
      Pattern.compile(
          "([\\w ]+)(\\(.*?\\))?", Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);
  private static final Pattern DIGITS = Pattern.compile("(\\d+)", Pattern.UNICODE_CHARACTER_CLASS);

  /** The type for a declared type such as {@code VARCHAR(255)}, reporting SQLAlchemy's warning. */
  static SqlType resolve(String declared, Consumer<PythonWarning> warnings) {
    String upper = declared.toUpperCase(Locale.ROOT);
    Matcher m = DECLARED.matcher(upper);
    String coltype;
    String args;
    if (m.lookingAt()) {
      coltype = m.group(1);
      args = m.group(2);
    } else {
      coltype = "";
      args = "";
    }
    String cls = className(coltype);
    List<Integer> numbers = new ArrayList<>();
    if (args != null) {
      Matcher d = DIGITS.matcher(args);
      while (d.find()) {
        numbers.add(Integer.valueOf(d.group(1)));
      }
    }
    SqlType type = construct(cls, numbers, declared);
    if (type == null) {
      List<String> reprs = numbers.stream().map(n -> "'" + n + "'").toList();
      warnings.accept(
          new PythonWarning(
              "SAWarning",
              "Could not instantiate type <class '"
                  + module(cls)
                  + "."
                  + cls
                  + "'> with reflected arguments ["
                  + String.join(", ", reprs)
                  + "]; using no arguments."));
      type = construct(cls, List.of(), declared);
    }
    return type;
  }

  // ischema_names, then the affinity fallbacks, as SQLAlchemy class names.
  private static String className(String coltype) {
    switch (coltype) {
      case "BIGINT",
          "BLOB",
          "CHAR",
          "DATE",
          "DATETIME",
          "DECIMAL",
          "FLOAT",
          "INTEGER",
          "JSON",
          "NUMERIC",
          "REAL",
          "SMALLINT",
          "TEXT",
          "TIME",
          "TIMESTAMP",
          "VARCHAR",
          "NVARCHAR",
          "NCHAR",
          "BOOLEAN":
        return coltype;
      case "BOOL":
        return "BOOLEAN";
      case "DATE_CHAR":
        return "DATE";
      case "DATETIME_CHAR":
        return "DATETIME";
      case "TIME_CHAR":
        return "TIME";
      case "DOUBLE":
        return "FLOAT";
      case "INT":
        return "INTEGER";
      default:
        break;
    }
    if (coltype.contains("INT")) {
      return "INTEGER";
    } else if (coltype.contains("CHAR") || coltype.contains("CLOB") || coltype.contains("TEXT")) {
      return "TEXT";
    } else if (coltype.contains("BLOB") || coltype.isEmpty()) {
      return "NullType";
    } else if (coltype.contains("REAL") || coltype.contains("FLOA") || coltype.contains("DOUB")) {
      return "REAL";
    }
    return "NUMERIC";
  }

  private static String module(String cls) {
    return cls.equals("JSON") ? "sqlalchemy.dialects.sqlite.json" : "sqlalchemy.sql.sqltypes";
  }

  // The constructor call coltype(*args); null where Python raises TypeError (too many
  // positional arguments), which SQLAlchemy answers with a warning and coltype().
  private static SqlType construct(String cls, List<Integer> a, String declared) {
    int n = a.size();
    switch (cls) {
      case "INTEGER", "BIGINT", "SMALLINT":
        return n == 0 ? new IntegerType(cls) : null;
      case "DATE":
        return n == 0 ? new DateType("DATE") : null;
      case "NullType":
        return n == 0 ? new NullType() : null;
      case "VARCHAR", "CHAR", "TEXT", "NVARCHAR", "NCHAR":
        if (n > 1) {
          throw unsupported(declared, "give a string type at most one length");
        }
        return new StringType(cls, n == 0 ? null : a.get(0));
      case "NUMERIC", "DECIMAL":
        if (n > 2) {
          throw unsupported(declared, "give a numeric type at most a precision and a scale");
        }
        return new NumericType(cls, n > 0 ? a.get(0) : null, n > 1 ? a.get(1) : null);
      case "FLOAT", "REAL":
        if (n > 1) {
          throw unsupported(declared, "give a float type at most a precision");
        }
        return new FloatType(cls, n == 0 ? null : a.get(0), false, null);
      case "BLOB":
        if (n > 1) {
          throw unsupported(declared, "give BLOB at most a length");
        }
        return new BinaryType("BLOB", n == 0 ? null : a.get(0));
      case "DATETIME", "TIMESTAMP":
        // DateTime(timezone=False, ...): one number is taken as the timezone flag.
        return n <= 1 ? new DateTimeType(cls, n == 1 && a.get(0) != 0) : null;
      case "TIME":
        return n <= 1 ? new TimeType("TIME", n == 1 && a.get(0) != 0) : null;
      case "JSON":
        return n <= 1 ? new JsonType(TypeModule.SQLITE, n == 1 && a.get(0) != 0) : null;
      case "BOOLEAN":
        if (n > 0) {
          throw unsupported(declared, "declare the column as BOOLEAN without arguments");
        }
        return new BooleanType("BOOLEAN");
      default:
        throw new IllegalStateException("no reflected type for " + cls);
    }
  }

  private static UnsupportedConstructException unsupported(String declared, String instead) {
    return new UnsupportedConstructException("a column declared as " + declared, instead);
  }
}
