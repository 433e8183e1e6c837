package migrationtutor.engine.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
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
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;
import migrationtutor.engine.schema.SqlType;
import migrationtutor.engine.schema.StringType;
import migrationtutor.engine.schema.TimeType;
import migrationtutor.engine.schema.TypeModule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Offline literal rendering ({@code literal_binds}) and online bind processing of Python values for
 * every kind of type, against literals.golden.
 */
class LiteralsGoldenTest {
  private record Case(SqlType type, Object value) {}

  private static final Map<String, Case> CASES = new LinkedHashMap<>();

  private static void put(String name, SqlType type, Object value) {
    CASES.put(name, new Case(type, value));
  }

  static {
    SqlType integer = new IntegerType("Integer");
    SqlType flt = new FloatType("Float");
    SqlType numeric = new NumericType("Numeric", null, null);
    SqlType string = new StringType("String");
    SqlType bool = new BooleanType("Boolean");
    SqlType datetime = new DateTimeType("DateTime", false);
    SqlType date = new DateType("Date");
    SqlType time = new TimeType("Time", false);
    SqlType json = new JsonType(TypeModule.SQLALCHEMY, false);
    SqlType binary = new BinaryType("LargeBinary", null);
    SqlType en = new EnumType(List.of("a", "b"), "en", false);
    put("int_1", integer, 1L);
    put("int_neg", integer, -5L);
    put("int_big", new IntegerType("BigInteger"), new BigInteger("100000000000000000000"));
    put("int_true", integer, true);
    put("int_false", integer, false);
    put("int_float", integer, 2.7);
    put("int_negfloat", integer, -2.7);
    put("int_str", integer, "12");
    put("int_str_underscore", integer, " 1_000 ");
    put("int_str_bad", integer, "abc");
    put("int_decimal", integer, new BigDecimal("3.9"));
    put("int_nan", integer, Double.NaN);
    put("int_none", integer, null);
    put("int_date", integer, LocalDate.of(2024, 1, 1));
    put("float_1_5", flt, 1.5);
    put("float_1e_5", flt, 1e-05);
    put("float_1e16", flt, 1e16);
    put("float_1e15", flt, 1e15);
    put("float_third", flt, 0.1 + 0.2);
    put("float_inf", flt, Double.POSITIVE_INFINITY);
    put("float_neginf", flt, Double.NEGATIVE_INFINITY);
    put("float_nan", flt, Double.NaN);
    put("float_negzero", flt, -0.0);
    put("float_int", flt, 3L);
    put("float_true", flt, true);
    put("float_str", flt, "1.5");
    put("float_str_bad", flt, "abc");
    put("float_decimal", flt, new BigDecimal("2.50"));
    put("float_123456789", flt, 123456789.0);
    put("float_1e22", flt, 1e22);
    put("float_min", flt, 5e-324);
    put("float_max", flt, 1.7976931348623157e308);
    put("float_0_0001", flt, 0.0001);
    put("float_1_23e_7", flt, 1.23e-7);
    put("float_2_675", flt, 2.675);
    put("float_neg", new FloatType("REAL"), -123.456);
    put("numeric_decimal", new NumericType("Numeric", 10, 2), new BigDecimal("1.50"));
    put("numeric_decimal_exp", numeric, new BigDecimal("1E+3"));
    put("numeric_decimal_small", numeric, new BigDecimal("0.0000001"));
    put("numeric_int", numeric, 3L);
    put("numeric_float", numeric, 0.1);
    put("numeric_str", numeric, "abc");
    put("numeric_bool", numeric, true);
    put("numeric_date", numeric, LocalDate.of(2024, 1, 2));
    put("string", string, "o'clock");
    put("string_newline", string, "a\nb\\c");
    put("string_percent", string, "100%");
    put("string_unicode", string, "\u00e9\uD83D\uDE00");
    put("string_int", string, 5L);
    put("string_bytes", string, new byte[] {'x'});
    put("string_none", string, null);
    put("text", new StringType("Text"), "x");
    put("unicode", new StringType("Unicode", 5), "\u00e9");
    put("enum_known", en, "a");
    put("enum_unknown", en, "zzz");
    put("enum_int", en, 5L);
    put(
        "enum_many_int",
        new EnumType(List.of("alpha", "beta", "gamma", "delta", "a_very_long_value"), null, false),
        7L);
    put("bool_true", bool, true);
    put("bool_false", bool, false);
    put("bool_1", bool, 1L);
    put("bool_0", bool, 0L);
    put("bool_2", bool, 2L);
    put("bool_yes", bool, "yes");
    put("bool_float_1", bool, 1.0);
    put("bool_float_2_5", bool, 2.5);
    put("bool_none", bool, null);
    put("date", date, LocalDate.of(2024, 1, 1));
    put("date_from_datetime", date, LocalDateTime.of(2024, 1, 1, 5, 0));
    put("date_str", date, "2024-01-01");
    put("datetime", datetime, LocalDateTime.of(2024, 1, 1, 9, 0));
    put("datetime_micro", datetime, LocalDateTime.of(2024, 1, 1, 9, 0, 0, 123_000));
    put("datetime_date", datetime, LocalDate.of(2024, 2, 3));
    put(
        "datetime_tz",
        new DateTimeType("DateTime", true),
        OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC));
    put("datetime_str", datetime, "2024-01-01");
    put(
        "timestamp",
        new DateTimeType("TIMESTAMP", false),
        LocalDateTime.of(2024, 1, 1, 23, 59, 59));
    put(
        "sqlite_datetime",
        new DateTimeType(TypeModule.SQLITE, "DATETIME", false),
        LocalDateTime.of(1999, 12, 31, 0, 0, 1));
    put("time", time, LocalTime.of(9, 30, 1, 5_000));
    put("time_str", time, "09:30");
    put("time_datetime", time, LocalDateTime.of(2024, 1, 1, 9, 30));
    put("interval", new IntervalType(), Duration.ofDays(1).plusSeconds(5));
    put("interval_int", new IntervalType(), 5L);
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("a", Arrays.asList(1L, 2L, null));
    dict.put("b", "x");
    put("json_dict", json, dict);
    put("json_none", json, null);
    put("json_none_as_null", new JsonType(TypeModule.SQLALCHEMY, true), null);
    Map<Object, Object> keys = new LinkedHashMap<>();
    keys.put(1L, "int key");
    keys.put(null, 0L);
    put("json_list", json, List.of("\u00e9\uD83D\uDE00", 1.5, true, Double.NaN, keys));
    put("json_date", json, List.of(LocalDate.of(2024, 1, 1)));
    put("binary", binary, new byte[] {'a', 'b', '\'', 'c'});
    put("binary_bad_utf8", binary, new byte[] {0, (byte) 255, 10});
    put("binary_str", binary, "str");
    put("blob", new BinaryType("BLOB", null), new byte[] {(byte) 0xc3, (byte) 0xa9});
    put("nulltype_int", new NullType(), 5L);
    put("nulltype_none", new NullType(), null);
  }

  @Test
  void everyGoldenCaseHasAValue() {
    assertEquals(Goldens.read("literals.golden").keySet(), CASES.keySet());
  }

  @TestFactory
  Stream<DynamicTest> literalsMatchSqlAlchemy() {
    return Goldens.read("literals.golden").entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(), () -> assertEquals(e.getValue(), describe(CASES.get(e.getKey())))));
  }

  private static String describe(Case c) {
    String offline;
    try {
      offline = LiteralRenderer.render(c.value(), c.type());
    } catch (PythonException e) {
      offline = "!! " + e.tracebackLine();
    }
    String online;
    try {
      online = PythonRepr.repr(BindProcessor.process(c.value(), c.type()));
    } catch (PythonException e) {
      online = "!! " + e.tracebackLine();
    }
    return offline + "\n" + online;
  }
}
