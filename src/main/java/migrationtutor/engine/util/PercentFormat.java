package migrationtutor.engine.util;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code format % mapping} for the conversions logging formats use: {@code %(name)s} with
 * flags, width and precision ({@code %(levelname)-5.5s}), {@code %(lineno)d} and {@code %%}.
 */
public final class PercentFormat {
  private static final Pattern SPEC =
      Pattern.compile(
          "%(?:\\((?<key>[^)]*)\\))?(?<flags>[-#0 +]*)(?<width>\\d*)"
              + "(?:\\.(?<precision>\\d+))?(?<type>[sdrifxXeEgGc%])");

  private PercentFormat() {}

  private static String convert(String type, Object v, String precision, String flags, String key) {
    switch (type) {
      case "s", "r" -> {
        String s = type.equals("r") ? PythonRepr.of(v) : String.valueOf(v);
        if (precision != null) {
          int p = Integer.parseInt(precision);
          if (s.length() > p) {
            s = s.substring(0, p);
          }
        }
        return s;
      }
      case "d", "i" -> {
        if (!(v instanceof Number n)) {
          throw new IllegalArgumentException(
              "%" + type + " format: a real number is required, not " + typeOf(v));
        }
        long value = n.longValue();
        String digits = Long.toString(Math.abs(value));
        // '%.2d' % 5 == '05': the precision is a minimum number of digits.
        if (precision != null && digits.length() < Integer.parseInt(precision)) {
          digits = "0".repeat(Integer.parseInt(precision) - digits.length()) + digits;
        }
        String sign = value < 0 ? "-" : flags.contains("+") ? "+" : "";
        return sign + digits;
      }
      default ->
          throw new IllegalArgumentException(
              "unsupported format character '" + type + "' for key '" + key + "'");
    }
  }

  private static String typeOf(Object v) {
    return v instanceof String ? "str" : v == null ? "NoneType" : v.getClass().getSimpleName();
  }

  /**
   * Formats {@code format} with named values.
   *
   * @throws IllegalArgumentException naming the missing key or the bad conversion, as Python's
   *     KeyError / ValueError would
   */
  public static String format(String format, Map<String, ?> values) {
    StringBuilder out = new StringBuilder();
    Matcher m = SPEC.matcher(format);
    int last = 0;
    while (m.find()) {
      out.append(format, last, m.start());
      last = m.end();
      String type = m.group("type");
      if (type.equals("%")) {
        out.append('%');
        continue;
      }
      String key = m.group("key");
      if (key == null) {
        throw new IllegalArgumentException("format requires a mapping");
      }
      if (!values.containsKey(key)) {
        throw new IllegalArgumentException("'" + key + "'");
      }
      Object v = values.get(key);
      String s = convert(type, v, m.group("precision"), m.group("flags"), key);
      String width = m.group("width");
      if (!width.isEmpty()) {
        int w = Integer.parseInt(width);
        boolean left = m.group("flags").contains("-");
        if (s.length() < w) {
          boolean numeric = type.equals("d") || type.equals("i");
          if (numeric && !left && m.group("flags").contains("0")) {
            boolean signed = s.startsWith("-") || s.startsWith("+");
            String digits = signed ? s.substring(1) : s;
            s = (signed ? s.substring(0, 1) : "") + "0".repeat(w - s.length()) + digits;
          } else {
            String pad = " ".repeat(w - s.length());
            s = left ? s + pad : pad + s;
          }
        }
      }
      out.append(s);
    }
    if (format.indexOf('%', last) >= 0) {
      throw new IllegalArgumentException("incomplete format");
    }
    return out.append(format.substring(last)).toString();
  }
}
