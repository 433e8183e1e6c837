package migrationtutor.engine.ddl;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;

/**
 * Python's {@code int()}, {@code float()} and {@code type(x).__name__} for the Java forms of Python
 * values described in {@link PythonRepr}.
 */
final class PythonValues {
  private PythonValues() {}

  private static final Pattern INT_LITERAL = Pattern.compile("[+-]?[0-9]+(_[0-9]+)*");
  private static final Pattern FLOAT_LITERAL =
      Pattern.compile(
          "[+-]?(([0-9]+(_[0-9]+)*)(\\.([0-9]+(_[0-9]+)*)?)?|\\.[0-9]+(_[0-9]+)*)"
              + "([eE][+-]?[0-9]+(_[0-9]+)*)?");

  /** {@code type(value).__name__}. */
  static String typeName(Object value) {
    if (value == null) {
      return "NoneType";
    } else if (value instanceof Boolean) {
      return "bool";
    } else if (isInt(value)) {
      return "int";
    } else if (value instanceof Double || value instanceof Float) {
      return "float";
    } else if (value instanceof String) {
      return "str";
    } else if (value instanceof byte[]) {
      return "bytes";
    } else if (value instanceof BigDecimal) {
      return "Decimal";
    } else if (value instanceof LocalDateTime || value instanceof OffsetDateTime) {
      return "datetime";
    } else if (value instanceof LocalDate) {
      return "date";
    } else if (value instanceof LocalTime) {
      return "time";
    } else if (value instanceof Duration) {
      return "timedelta";
    } else if (value instanceof List) {
      return "list";
    } else if (value instanceof Map) {
      return "dict";
    }
    return value.getClass().getSimpleName();
  }

  /**
   * The C-level type name ({@code tp_name}) that builtins such as {@code float()} and {@code +}
   * show in their errors: qualified for the datetime and decimal classes.
   */
  static String tpName(Object value) {
    String name = typeName(value);
    return switch (name) {
      case "datetime", "date", "time", "timedelta" -> "datetime." + name;
      case "Decimal" -> "decimal.Decimal";
      default -> name;
    };
  }

  /** Whether the value is a Python {@code int} (not a bool). */
  static boolean isInt(Object value) {
    return value instanceof Long
        || value instanceof Integer
        || value instanceof BigInteger
        || value instanceof Short
        || value instanceof Byte;
  }

  /** Python's {@code int(value)}, raising what Python raises. */
  static BigInteger toInt(Object value) {
    if (value instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    } else if (isInt(value)) {
      return new BigInteger(value.toString());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)) {
        throw new PythonException("ValueError", "cannot convert float NaN to integer");
      } else if (Double.isInfinite(d)) {
        throw new PythonException("OverflowError", "cannot convert float infinity to integer");
      }
      return new BigDecimal(d).toBigInteger();
    } else if (value instanceof BigDecimal d) {
      return d.toBigInteger();
    } else if (value instanceof String s) {
      String t = pythonStrip(s);
      if (INT_LITERAL.matcher(t).matches()) {
        return new BigInteger(t.replace("_", "").replace("+", ""));
      }
      throw new PythonException(
          "ValueError", "invalid literal for int() with base 10: " + PythonRepr.strRepr(s));
    }
    throw new PythonException(
        "TypeError",
        "int() argument must be a string, a bytes-like object"
            + " or a real number, not '"
            + tpName(value)
            + "'");
  }

  /** Python's {@code float(value)}, raising what Python raises. */
  static double toFloat(Object value) {
    if (value instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    } else if (value instanceof Number n && !(value instanceof BigDecimal)) {
      return n.doubleValue();
    } else if (value instanceof BigDecimal d) {
      return Double.parseDouble(d.toString());
    } else if (value instanceof String s) {
      String t = pythonStrip(s).toLowerCase(java.util.Locale.ROOT);
      String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
      double sign = t.startsWith("-") ? -1.0 : 1.0;
      if (unsigned.equals("inf") || unsigned.equals("infinity")) {
        return sign * Double.POSITIVE_INFINITY;
      } else if (unsigned.equals("nan")) {
        return Double.NaN;
      } else if (FLOAT_LITERAL.matcher(t).matches()) {
        return Double.parseDouble(t.replace("_", ""));
      }
      throw new PythonException(
          "ValueError", "could not convert string to float: " + PythonRepr.strRepr(s));
    }
    throw new PythonException(
        "TypeError",
        "float() argument must be a string or a real number," + " not '" + tpName(value) + "'");
  }

  /** Python's {@code str.strip()}: removes Unicode whitespace as {@code str.isspace} defines it. */
  static String pythonStrip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPythonSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isPythonSpace(char c) {
    if ((c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f') || c == ' ' || c == '\u0085') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
