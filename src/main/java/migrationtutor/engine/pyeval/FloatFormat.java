package migrationtutor.engine.pyeval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The digits of a non-negative finite float in the fixed ({@code f}), exponent ({@code e}) and
 * general ({@code g}) notations, correctly rounded from the exact binary value as CPython's {@code
 * PyOS_double_to_string} does.
 */
final class FloatFormat {
  private FloatFormat() {}

  /** The unsigned text of {@code a} for a format type (0 for none, as {@code format(x, '.3')}). */
  static String body(double a, char type, int precision, boolean alternate) {
    switch (type) {
      case 'f':
      case 'F':
        return fixed(a, precision < 0 ? 6 : precision, alternate);
      case 'e':
      case 'E':
        {
          String s = exponent(a, precision < 0 ? 6 : precision, alternate);
          return type == 'E' ? s.toUpperCase() : s;
        }
      case '%':
        return fixed(a * 100, precision < 0 ? 6 : precision, alternate) + "%";
      case 'g':
      case 'G':
        {
          String s = general(a, precision < 0 ? 6 : precision, alternate, false);
          return type == 'G' ? s.toUpperCase() : s;
        }
      default:
        if (precision < 0) {
          return FloatRepr.of(a);
        }
        return general(a, precision, alternate, true);
    }
  }

  static String fixed(double a, int precision, boolean alternate) {
    String s = new BigDecimal(a).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    return alternate && precision == 0 ? s + "." : s;
  }

  static String exponent(double a, int precision, boolean alternate) {
    if (a == 0) {
      String zeros = precision > 0 ? "." + "0".repeat(precision) : alternate ? "." : "";
      return "0" + zeros + "e+00";
    }
    BigDecimal r = new BigDecimal(a).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
    String digits = r.unscaledValue().toString();
    int exp = digits.length() - 1 - r.scale();
    digits = (digits + "0".repeat(precision + 1)).substring(0, precision + 1);
    String mantissa =
        digits.substring(0, 1) + (precision > 0 ? "." + digits.substring(1) : alternate ? "." : "");
    return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  /** The 'g' rules; {@code repr} style (no type) keeps at least one digit after the point. */
  static String general(double a, int precision, boolean alternate, boolean reprStyle) {
    int p = precision == 0 ? 1 : precision;
    int exp;
    if (a == 0) {
      exp = 0;
    } else {
      BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
      exp = r.precision() - 1 - r.scale();
    }
    String s;
    if (exp >= -4 && exp < p) {
      s = fixed(a, p - 1 - exp, alternate);
      if (!alternate && s.contains(".")) {
        s = s.replaceAll("0+$", "");
        if (s.endsWith(".")) {
          s = s.substring(0, s.length() - 1);
        }
      }
      if (reprStyle && !s.contains(".")) {
        s += ".0";
      }
    } else {
      s = exponent(a, p - 1, alternate);
      if (!alternate) {
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        if (mantissa.contains(".")) {
          mantissa = mantissa.replaceAll("0+$", "");
          if (mantissa.endsWith(".")) {
            mantissa = mantissa.substring(0, mantissa.length() - 1);
          }
        }
        s = mantissa + s.substring(e);
      }
    }
    return s;
  }
}
