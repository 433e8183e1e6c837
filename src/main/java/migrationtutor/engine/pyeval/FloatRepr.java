package migrationtutor.engine.pyeval;

import java.math.BigDecimal;

/**
 * Python's {@code repr(float)}: the shortest digits that read back as the same double, in fixed
 * notation for exponents from -4 to 15 and scientific notation ({@code 1e+16}) otherwise.
 */
public final class FloatRepr {
  private FloatRepr() {}

  /** The repr of a double. */
  public static String of(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    String digits = null;
    int exponent = 0;
    for (int p = 1; p <= 17; p++) {
      String s = String.format("%." + (p - 1) + "e", Math.abs(d));
      if (Double.parseDouble(s) == Math.abs(d)) {
        int e = s.indexOf('e');
        digits = s.substring(0, e).replace(".", "");
        exponent = Integer.parseInt(s.substring(e + 1));
        break;
      }
    }
    if (digits == null) {
      BigDecimal bd = new BigDecimal(Math.abs(d));
      digits = bd.unscaledValue().toString();
      exponent = digits.length() - 1 - bd.scale();
    }
    digits = digits.replaceAll("0+$", "");
    if (digits.isEmpty()) {
      digits = "0";
    }
    String sign = d < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return sign
          + mantissa
          + "e"
          + (exponent < 0 ? "-" : "+")
          + String.format("%02d", Math.abs(exponent));
    }
    StringBuilder sb = new StringBuilder(sign);
    if (exponent < 0) {
      sb.append("0.").append("0".repeat(-exponent - 1)).append(digits);
    } else if (digits.length() <= exponent + 1) {
      sb.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
    } else {
      sb.append(digits, 0, exponent + 1).append('.').append(digits.substring(exponent + 1));
    }
    return sb.toString();
  }
}
