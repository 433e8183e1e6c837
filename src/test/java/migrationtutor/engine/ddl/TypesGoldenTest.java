package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
import migrationtutor.engine.schema.TypeModule;
import migrationtutor.engine.schema.UnsupportedType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every type's SQLite DDL, Python repr and autogenerate rendering against types.golden. */
class TypesGoldenTest {
  static final Map<String, SqlType> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("Integer", new IntegerType("Integer"));
    TYPES.put("BigInteger", new IntegerType("BigInteger"));
    TYPES.put("SmallInteger", new IntegerType("SmallInteger"));
    TYPES.put("INTEGER", new IntegerType("INTEGER"));
    TYPES.put("INT", new IntegerType("INTEGER"));
    TYPES.put("BIGINT", new IntegerType("BIGINT"));
    TYPES.put("SMALLINT", new IntegerType("SMALLINT"));
    TYPES.put("String", new StringType("String"));
    TYPES.put("String_255", new StringType("String", 255));
    TYPES.put("String_0", new StringType("String", 0));
    TYPES.put("String_collation", new StringType("String", 50, "NOCASE"));
    TYPES.put("String_collation_only", new StringType("String", null, "NOCASE"));
    TYPES.put("Text", new StringType("Text"));
    TYPES.put("Text_100", new StringType("Text", 100));
    TYPES.put("Unicode_50", new StringType("Unicode", 50));
    TYPES.put("Unicode", new StringType("Unicode"));
    TYPES.put("Unicode_collation", new StringType("Unicode", 20, "NOCASE"));
    TYPES.put("UnicodeText", new StringType("UnicodeText"));
    TYPES.put("VARCHAR", new StringType("VARCHAR"));
    TYPES.put("VARCHAR_50", new StringType("VARCHAR", 50));
    TYPES.put("NVARCHAR_30", new StringType("NVARCHAR", 30));
    TYPES.put("CHAR", new StringType("CHAR"));
    TYPES.put("CHAR_3", new StringType("CHAR", 3));
    TYPES.put("NCHAR_2", new StringType("NCHAR", 2));
    TYPES.put("TEXT", new StringType("TEXT"));
    TYPES.put("CLOB", new StringType("CLOB"));
    TYPES.put("Boolean", new BooleanType("Boolean"));
    TYPES.put("Boolean_ck", new BooleanType("Boolean", true, null));
    TYPES.put("Boolean_ck_named", new BooleanType("Boolean", true, "ck_flag"));
    TYPES.put("BOOLEAN", new BooleanType("BOOLEAN"));
    TYPES.put("DateTime", new DateTimeType("DateTime", false));
    TYPES.put("DateTime_tz", new DateTimeType("DateTime", true));
    TYPES.put("DATETIME", new DateTimeType("DATETIME", false));
    TYPES.put("TIMESTAMP", new DateTimeType("TIMESTAMP", false));
    TYPES.put("TIMESTAMP_tz", new DateTimeType("TIMESTAMP", true));
    TYPES.put("sqlite_DATETIME", new DateTimeType(TypeModule.SQLITE, "DATETIME", false));
    TYPES.put("Date", new DateType("Date"));
    TYPES.put("DATE", new DateType("DATE"));
    TYPES.put("sqlite_DATE", new DateType(TypeModule.SQLITE, "DATE"));
    TYPES.put("Time", new TimeType("Time", false));
    TYPES.put("Time_tz", new TimeType("Time", true));
    TYPES.put("TIME", new TimeType("TIME", false));
    TYPES.put("sqlite_TIME", new TimeType(TypeModule.SQLITE, "TIME", false));
    TYPES.put("Interval", new IntervalType());
    TYPES.put("Interval_args", new IntervalType(false, 3, null));
    TYPES.put("Float", new FloatType("Float"));
    TYPES.put("Float_precision", new FloatType("Float", 10, false, null));
    TYPES.put("Float_asdecimal", new FloatType("Float", null, true, 2));
    TYPES.put("FLOAT", new FloatType("FLOAT"));
    TYPES.put("REAL", new FloatType("REAL"));
    TYPES.put("Numeric", new NumericType("Numeric", null, null));
    TYPES.put("Numeric_10", new NumericType("Numeric", 10, null));
    TYPES.put("Numeric_10_2", new NumericType("Numeric", 10, 2));
    TYPES.put("Numeric_args", new NumericType("Numeric", 10, 2, 4, false));
    TYPES.put("Numeric_0", new NumericType("Numeric", 0, null));
    TYPES.put("NUMERIC_10_2", new NumericType("NUMERIC", 10, 2));
    TYPES.put("DECIMAL", new NumericType("DECIMAL", null, null));
    TYPES.put("DECIMAL_10_2", new NumericType("DECIMAL", 10, 2));
    TYPES.put("JSON", new JsonType(TypeModule.SQLALCHEMY, false));
    TYPES.put("JSON_none_as_null", new JsonType(TypeModule.SQLALCHEMY, true));
    TYPES.put("sqlite_JSON", new JsonType(TypeModule.SQLITE, false));
    List<String> levels = List.of("low", "medium", "high");
    TYPES.put("Enum", new EnumType(levels, null, false));
    TYPES.put("Enum_named", new EnumType(levels, "priority_level", false));
    TYPES.put("Enum_ck", new EnumType(levels, "priority_level_ck", true));
    TYPES.put("Enum_nonnative_length", new EnumType(List.of("a", "bb"), null, false, false, 10));
    TYPES.put("Enum_nonnative", new EnumType(List.of("a", "b"), "x", false, false, null));
    TYPES.put("Enum_empty", new EnumType(List.of(), null, false));
    TYPES.put("Enum_quotes", new EnumType(List.of("it's", "b\"c", "\u00e9t\u00e9"), null, false));
    TYPES.put("Enum_pyclass", new EnumType(levels, "level", false));
    TYPES.put("LargeBinary", new BinaryType("LargeBinary", null));
    TYPES.put("LargeBinary_100", new BinaryType("LargeBinary", 100));
    TYPES.put("BLOB", new BinaryType("BLOB", null));
    TYPES.put("BINARY", new BinaryType("BINARY", null));
    TYPES.put("BINARY_16", new BinaryType("BINARY", 16));
    TYPES.put("VARBINARY_16", new BinaryType("VARBINARY", 16));
    TYPES.put("PickleType", new PickleType());
    TYPES.put("NullType", new NullType());
    TYPES.put("ARRAY", new UnsupportedType("sa", "ARRAY", "Integer()", "sa.Integer()"));
  }

  @Test
  void everyGoldenCaseHasAType() {
    assertEquals(Goldens.read("types.golden").keySet(), TYPES.keySet());
  }

  @TestFactory
  Stream<DynamicTest> typesMatchSqlAlchemy() {
    return Goldens.read("types.golden").entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(), () -> assertEquals(e.getValue(), describe(TYPES.get(e.getKey())))));
  }

  private static String describe(SqlType type) {
    String ddl;
    try {
      ddl = SqliteTypeCompiler.process(type);
    } catch (PythonException e) {
      ddl = "!! " + e.tracebackLine();
    }
    return String.join(
        "\n", ddl, type.pythonRepr(), type.render("sa."), type.renderImport().orElse(""));
  }
}
