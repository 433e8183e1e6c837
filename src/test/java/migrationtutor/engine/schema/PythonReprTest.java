package migrationtutor.engine.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's repr() and str() of Java-held Python values; expectations printed by CPython 3.11. */
class PythonReprTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "4591870180066957722, 0.1",
    "4599676419421066581, 0.3333333333333333",
    "4604180019048437077, 0.6666666666666666",
    "4950912855330343670, 1e+23",
    "4845873199050653696, 9007199254740992.0",
    "1, 5e-324",
    "4636737291354636288, 100.0",
    "4846369599423283200, 1e+16",
    "4547007122018943789, 0.0001",
    "4532020583610935537, 1e-05",
    "4862596447618666293, 1.2345678901234568e+17",
    "4548669923058963014, 0.000123",
    "9097811302482466869, 1.5e+300",
    "-4759972702479526251, -2.5e-10",
    "4616583683022153318, 4.35",
    "4599075939470750515, 0.3",
    "4841369599423283200, 4503599627370496.0",
    "4845873199050653697, 9007199254740994.0",
    "4936209963552724370, 1e+22",
    "4934958393344299186, 8.41e+21",
    "4542503522391573293, 5e-05",
    "4638355772470722560, 123.0",
    "4832797072101665539, 1234567890123456.8",
    "4503599627370496, 2.2250738585072014e-308",
    "-961714352381578184, -1.989032661366619e+244",
    "7283207964119141687, 7.761117632285041e+178",
    "890727360438182992, 3.980498358697587e-249",
    "-3296907451188957389, -1.5432835417340557e+88",
    "1736392818365009963, 1.3647584518757569e-192",
    "-7696202761429464584, -1.3701135617873088e-206",
    "-1665666021688015755, -1.7160537630466207e+197",
    "3960482443532127989, 6.294675241195386e-44",
  })
  void floatReprIsPythonsShortestRoundTrip(long bits, String expected) {
    assertEquals(expected, PythonRepr.floatRepr(Double.longBitsToDouble(bits)));
  }

  @Test
  void stringReprChoosesQuotesAndEscapesLikePython() {
    assertEquals("\"it's\"", PythonRepr.strRepr("it's"));
    assertEquals("'say \"hi\"'", PythonRepr.strRepr("say \"hi\""));
    assertEquals("'both \\' and \"'", PythonRepr.strRepr("both ' and \""));
    assertEquals("'tab\\there\\n'", PythonRepr.strRepr("tab\there\n"));
    assertEquals(
        "'\\x00\\x7f\\x80\\xa0\u00e9'", PythonRepr.strRepr("\u0000\u007f\u0080\u00a0\u00e9"));
    assertEquals("'\\u2028'", PythonRepr.strRepr("\u2028"));
    assertEquals("'\uD83D\uDE00'", PythonRepr.strRepr("\uD83D\uDE00"));
    assertEquals("'\\ud7ff\\ue000'", PythonRepr.strRepr("\ud7ff\ue000"));
    assertEquals("'back\\\\slash'", PythonRepr.strRepr("back\\slash"));
    assertEquals("'\\u0378'", PythonRepr.strRepr("\u0378"));
  }

  @Test
  void bytesReprLikePython() {
    assertEquals(
        "b'a\\'b\"c\\x00\\xff'",
        PythonRepr.bytesRepr(new byte[] {'a', '\'', 'b', '"', 'c', 0, (byte) 0xff}));
    assertEquals(
        "b\"it's\"",
        PythonRepr.bytesRepr("it's".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
  }

  @Test
  void dateTimeAndTimedeltaReprsOmitTrailingZeroFields() {
    assertEquals(
        "datetime.datetime(2024, 1, 1, 9, 0, 5)",
        PythonRepr.repr(LocalDateTime.of(2024, 1, 1, 9, 0, 5)));
    assertEquals(
        "datetime.datetime(2024, 1, 1, 0, 0, 0, 1)",
        PythonRepr.repr(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1000)));
    assertEquals("datetime.time(0, 0)", PythonRepr.repr(LocalTime.of(0, 0)));
    assertEquals("datetime.time(1, 2, 3)", PythonRepr.repr(LocalTime.of(1, 2, 3)));
    assertEquals(
        "datetime.datetime(2024, 1, 1, 9, 0, tzinfo=datetime.timezone("
            + "datetime.timedelta(days=-1, seconds=68400)))",
        PythonRepr.repr(OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHours(-5))));
    assertEquals("datetime.timedelta(0)", PythonRepr.repr(Duration.ZERO));
    assertEquals(
        "datetime.timedelta(days=-1, seconds=86399)", PythonRepr.repr(Duration.ofSeconds(-1)));
    assertEquals("datetime.timedelta(microseconds=5)", PythonRepr.repr(Duration.ofNanos(5000)));
  }

  @Test
  void strOfDatesIsIsoformatWithASpace() {
    assertEquals(
        "2024-01-01 09:00:00.000005", PythonRepr.str(LocalDateTime.of(2024, 1, 1, 9, 0, 0, 5000)));
    assertEquals(
        "2024-01-01 09:00:00+05:30",
        PythonRepr.str(
            OffsetDateTime.of(2024, 1, 1, 9, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))));
  }

  @Test
  void containersAndDecimals() {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("a", Arrays.asList(1L, null, true));
    dict.put("b", Map.of("c", 1.5));
    assertEquals("{'a': [1, None, True], 'b': {'c': 1.5}}", PythonRepr.repr(dict));
    assertEquals("Decimal('1.50')", PythonRepr.repr(new BigDecimal("1.50")));
    assertEquals("(1,)", PythonRepr.tupleRepr(List.of(1L)));
    assertEquals("()", PythonRepr.tupleRepr(List.of()));
  }
}
