package migrationtutor.engine.pyeval;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** {@code int(x, base)} and {@code float(x)} conversions with CPython's accepted syntax. */
final class Conversions {
  private static final Pattern SPECIAL = Pattern.compile("(?i)[+-]?(inf|infinity|nan)");

  private Conversions() {}

  static PyValue toInt(Args a) {
    Arity.keywords("int", a, "base");
    Arity.count("int", a.positional().size(), 0, 2);
    PyValue x = Arity.arg(a, 0, null);
    PyValue base = Arity.arg(a, 1, "base", null);
    if (x == null) {
      if (base != null) {
        throw PyException.typeError("int() missing string argument");
      }
      return PyInt.of(0);
    }
    if (base != null) {
      if (!(x instanceof PyStr)) {
        throw PyException.typeError("int() can't convert non-string with explicit base");
      }
      long b = Arity.intArg(base);
      if (b != 0 && (b < 2 || b > 36)) {
        throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
      }
      return parseInt(x.str(), (int) b);
    }
    if (x instanceof PyInt) {
      return x;
    }
    if (x instanceof PyBool) {
      return new PyInt(Numbers.toBig(x));
    }
    if (x instanceof PyFloat f) {
      return Numbers.floatToInt(f.value());
    }
    if (x instanceof PyStr s) {
      return parseInt(s.value(), 10);
    }
    if (x instanceof PyUnknown u) {
      return new PyUnknown("int(" + u.origin() + ")");
    }
    throw PyException.typeError(
        "int() argument must be a string, a bytes-like object or a "
            + "real number, not '"
            + x.typeName()
            + "'");
  }

  static PyInt parseInt(String original, int base) {
    String s = TextOps.strip(original, null, true, true);
    PyException bad =
        PyException.valueError(
            "invalid literal for int() with base " + base + ": " + new PyStr(original).repr());
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    int b = base;
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if ((b == 16 || b == 0) && lower.startsWith("0x")) {
      b = 16;
      s = s.substring(2);
    } else if ((b == 8 || b == 0) && lower.startsWith("0o")) {
      b = 8;
      s = s.substring(2);
    } else if ((b == 2 || b == 0) && lower.startsWith("0b")) {
      b = 2;
      s = s.substring(2);
    } else if (b == 0) {
      b = 10;
      if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").matches("0+")) {
        throw bad;
      }
    }
    if (s.startsWith("_")) {
      s = s.substring(1);
    }
    if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) {
      throw bad;
    }
    String digits = s.replace("_", "");
    if (b == 10 && digits.length() > PyInt.MAX_STR_DIGITS) {
      throw PyException.valueError(
          "Exceeds the limit (4300 digits) for integer string "
              + "conversion: value has "
              + digits.length()
              + " digits; use "
              + "sys.set_int_max_str_digits() to increase the limit");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), b) < 0 || digits.charAt(i) > 'z') {
        throw bad;
      }
    }
    BigInteger v = new BigInteger(digits, b);
    return new PyInt(negative ? v.negate() : v);
  }

  static PyValue toFloat(Args a) {
    Arity.check("float", a, 0, 1);
    if (a.positional().isEmpty()) {
      return new PyFloat(0.0);
    }
    PyValue x = a.positional().get(0);
    if (x instanceof PyFloat) {
      return x;
    }
    if (Numbers.isInt(x)) {
      return new PyFloat(Numbers.toDouble(x));
    }
    if (x instanceof PyUnknown u) {
      return new PyUnknown("float(" + u.origin() + ")");
    }
    if (!(x instanceof PyStr str)) {
      throw PyException.typeError(
          "float() argument must be a string or a real number, not '" + x.typeName() + "'");
    }
    String s = TextOps.strip(str.value(), null, true, true);
    if (SPECIAL.matcher(s).matches()) {
      boolean neg = s.startsWith("-");
      String word = s.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
      if (word.equals("nan")) {
        return new PyFloat(Double.NaN);
      }
      return new PyFloat(neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (!isFloatLiteral(s)) {
      throw PyException.valueError("could not convert string to float: " + str.repr());
    }
    return new PyFloat(Double.parseDouble(s.replace("_", "")));
  }

  /** Python's float() syntax: sign, digits with single underscores, fraction, exponent. */
  private static boolean isFloatLiteral(String s) {
    int[] i = {0};
    if (i[0] < s.length() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      i[0]++;
    }
    boolean intPart = digits(s, i);
    boolean fraction = false;
    if (i[0] < s.length() && s.charAt(i[0]) == '.') {
      i[0]++;
      fraction = digits(s, i);
    }
    if (!intPart && !fraction) {
      return false;
    }
    if (i[0] < s.length() && (s.charAt(i[0]) == 'e' || s.charAt(i[0]) == 'E')) {
      i[0]++;
      if (i[0] < s.length() && (s.charAt(i[0]) == '+' || s.charAt(i[0]) == '-')) {
        i[0]++;
      }
      if (!digits(s, i)) {
        return false;
      }
    }
    return i[0] == s.length();
  }

  /** Reads digits separated by single underscores; false if there were none (or bad '_'). */
  private static boolean digits(String s, int[] i) {
    int start = i[0];
    while (i[0] < s.length()) {
      char c = s.charAt(i[0]);
      if (c >= '0' && c <= '9') {
        i[0]++;
      } else if (c == '_'
          && i[0] > start
          && i[0] + 1 < s.length()
          && Character.isDigit(s.charAt(i[0] + 1))
          && s.charAt(i[0] + 1) < 128) {
        i[0]++;
      } else {
        break;
      }
    }
    return i[0] > start;
  }
}
