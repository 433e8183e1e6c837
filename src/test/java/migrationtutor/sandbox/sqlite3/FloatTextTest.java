package migrationtutor.sandbox.sqlite3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** SQLite 3.40's %!.15g and %!.20g, checked against values printed by the real shell. */
class FloatTextTest {
  @Test
  void commonValues() {
    assertEquals("0.1", FloatText.text(0.1));
    assertEquals("0.3", FloatText.text(0.1 + 0.2));
    assertEquals("1.0", FloatText.text(1.0));
    assertEquals("100.0", FloatText.text(100.0));
    assertEquals("1.0e+15", FloatText.text(1e15));
    assertEquals("100000000000000.0", FloatText.text(1e14));
    assertEquals("1.0e-05", FloatText.text(1e-5));
    assertEquals("0.0001", FloatText.text(1e-4));
    assertEquals("0.0", FloatText.text(-0.0));
    assertEquals("-0.5", FloatText.text(-0.5));
    assertEquals("Inf", FloatText.text(Double.POSITIVE_INFINITY));
    assertEquals("-Inf", FloatText.text(Double.NEGATIVE_INFINITY));
    assertEquals("2.50000000000002e-310", FloatText.text(2.5e-310));
    assertEquals("0.10000000000000000555", FloatText.generic(0.1, 20));
    assertEquals("1.0000000000000000047e+300", FloatText.generic(1e300, 20));
  }

  @Test
  void insertModeAndJson() {
    assertEquals("3.0", SqlLiterals.real(3.0, true));
    assertEquals("1e999", SqlLiterals.real(Double.POSITIVE_INFINITY, true));
    assertEquals("-1e999", SqlLiterals.real(Double.NEGATIVE_INFINITY, false));
    assertEquals("-9223372036854775808.0", SqlLiterals.real(-0x1p63, true));
    // What the real shell prints for 2^63 (C gives INT64_MIN for the cast, so %!.20g it is).
    assertEquals("9223372036854775807.8", SqlLiterals.real(0x1p63, true));
  }

  @Test
  void sameAsTheRealShellForThousandsOfValues() throws IOException {
    int n = 0;
    for (String line : Fixtures.resource("floats.txt").split("\n")) {
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\|");
      double d = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
      assertEquals(f[1], FloatText.generic(d, 15), "%!.15g of " + d);
      assertEquals(f[2], FloatText.generic(d, 20), "%!.20g of " + d);
      n++;
    }
    assertEquals(true, n > 2000, "values checked: " + n);
  }
}
