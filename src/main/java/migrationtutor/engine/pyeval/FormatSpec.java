package migrationtutor.engine.pyeval;

import java.math.BigInteger;

/**
 * Python's format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]}) for str, int, bool and float, as used by f-strings, {@code str.format} and
 * {@code format()}; other values accept only an empty spec, as {@code object.__format__} does.
 */
final class FormatSpec {
  char fill = ' ';
  char align;
  char sign = '-';
  boolean alternate;
  boolean zero;
  int width = -1;
  char grouping;
  int precision = -1;
  char type;

  private FormatSpec() {}

  static String format(PyValue v, String spec) {
    if (v instanceof PyStr s) {
      return spec.isEmpty() ? s.value() : parse(spec, "str").formatStr(s.value());
    }
    if (v instanceof PyBool b && spec.isEmpty()) {
      return b.repr();
    }
    if (v instanceof PyInt || v instanceof PyBool) {
      return parse(spec, "int").formatInt(Numbers.toBig(v));
    }
    if (v instanceof PyFloat f) {
      return spec.isEmpty() ? f.repr() : parse(spec, "float").formatFloat(f.value());
    }
    if (spec.isEmpty()) {
      return v.str();
    }
    throw PyException.typeError(
        "unsupported format string passed to " + v.typeName() + ".__format__");
  }

  static FormatSpec parse(String spec, String typeName) {
    FormatSpec f = new FormatSpec();
    int i = 0;
    int n = spec.length();
    if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
      f.fill = spec.charAt(0);
      f.align = spec.charAt(1);
      i = 2;
    } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
      f.align = spec.charAt(0);
      i = 1;
    }
    if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
      f.sign = spec.charAt(i++);
    }
    if (i < n && spec.charAt(i) == 'z') {
      i++;
    }
    if (i < n && spec.charAt(i) == '#') {
      f.alternate = true;
      i++;
    }
    if (i < n && spec.charAt(i) == '0') {
      f.zero = true;
      i++;
    }
    int start = i;
    while (i < n && Character.isDigit(spec.charAt(i))) {
      i++;
    }
    if (i > start) {
      f.width = parseCount(spec.substring(start, i));
    }
    if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
      f.grouping = spec.charAt(i++);
    }
    if (i < n && spec.charAt(i) == '.') {
      start = ++i;
      while (i < n && Character.isDigit(spec.charAt(i))) {
        i++;
      }
      if (i == start) {
        throw PyException.valueError("Format specifier missing precision");
      }
      f.precision = parseCount(spec.substring(start, i));
    }
    if (i < n) {
      f.type = spec.charAt(i++);
    }
    if (i < n) {
      throw PyException.valueError(
          "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
    }
    if (f.zero && f.align == 0) {
      f.fill = '0';
      f.align = '=';
    }
    return f;
  }

  private static int parseCount(String digits) {
    if (digits.length() > 7) {
      throw PyException.valueError("Too many decimal digits in format string");
    }
    return Integer.parseInt(digits);
  }

  private String formatStr(String s) {
    if (type != 0 && type != 's') {
      throw unknownCode("str");
    }
    if (sign != '-') {
      throw PyException.valueError("Sign not allowed in string format specifier");
    }
    if (align == '=') {
      throw PyException.valueError("'=' alignment not allowed in string format specifier");
    }
    if (precision >= 0 && s.codePointCount(0, s.length()) > precision) {
      s = s.substring(0, s.offsetByCodePoints(0, precision));
    }
    return pad("", s, '<');
  }

  private PyException unknownCode(String typeName) {
    return PyException.valueError(
        "Unknown format code '" + type + "' for object of type '" + typeName + "'");
  }

  String formatInt(BigInteger v) {
    if ("eEfFgG%".indexOf(type) >= 0 && type != 0) {
      return formatFloat(Numbers.bigToDouble(v));
    }
    if (type != 0 && "bcdnoxX".indexOf(type) < 0) {
      throw unknownCode("int");
    }
    if (precision >= 0) {
      throw PyException.valueError("Precision not allowed in integer format specifier");
    }
    if (grouping != 0
        && "bnoxXc".indexOf(type) >= 0
        && type != 0
        && !(grouping == '_' && "boxX".indexOf(type) >= 0)) {
      throw PyException.valueError("Cannot specify '" + grouping + "' with '" + type + "'.");
    }
    if (type == 'c') {
      if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
        throw new PyException("OverflowError", "%c arg not in range(0x110000)");
      }
      return pad("", new String(Character.toChars(v.intValue())), '<');
    }
    int radix =
        switch (type) {
          case 'b' -> 2;
          case 'o' -> 8;
          case 'x', 'X' -> 16;
          default -> 10;
        };
    String digits = v.abs().toString(radix);
    if (type == 'X') {
      digits = digits.toUpperCase();
    }
    String prefix = signOf(v.signum() < 0);
    if (alternate && radix != 10) {
      prefix += "0" + (type == 'X' ? 'X' : type);
    }
    if (grouping != 0) {
      digits = groupPadded(digits, radix == 10 ? 3 : 4, width - prefix.length());
    }
    return pad(prefix, digits, '>');
  }

  String formatFloat(double d) {
    if (type != 0 && "eEfFgGn%".indexOf(type) < 0) {
      throw unknownCode("float");
    }
    boolean negative = d < 0 || (d == 0 && 1 / d < 0);
    double a = Math.abs(d);
    String body;
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      body = Double.isNaN(d) ? "nan" : "inf";
      negative = !Double.isNaN(d) && d < 0;
      if (type == 'E' || type == 'F' || type == 'G') {
        body = body.toUpperCase();
      }
      if (type == '%') {
        body += "%";
      }
    } else {
      body = FloatFormat.body(a, type, precision, alternate);
      if (grouping != 0) {
        int end = 0;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
          end++;
        }
        String rest = body.substring(end);
        body =
            groupPadded(
                    body.substring(0, end), 3, width - signOf(negative).length() - rest.length())
                + rest;
      }
    }
    return pad(signOf(negative), body, '>');
  }

  private String signOf(boolean negative) {
    if (negative) {
      return "-";
    }
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
  }

  /**
   * Groups digits; with zero padding ({@code 012,}) the zeros are grouped too, using the fewest
   * zeros that reach the width, as CPython's {@code _PyUnicode_InsertThousandsGrouping} does.
   */
  private String groupPadded(String digits, int size, int needed) {
    String grouped = group(digits, size, grouping);
    if (fill != '0' || align != '=') {
      return grouped;
    }
    StringBuilder zeros = new StringBuilder(digits);
    while (grouped.length() < needed) {
      zeros.insert(0, '0');
      grouped = group(zeros.toString(), size, grouping);
    }
    return grouped;
  }

  static String group(String digits, int size, char sep) {
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % size;
    if (first == 0) {
      first = size;
    }
    sb.append(digits, 0, Math.min(first, digits.length()));
    for (int i = first; i < digits.length(); i += size) {
      sb.append(sep).append(digits, i, i + size);
    }
    return sb.toString();
  }

  private String pad(String prefix, String body, char defaultAlign) {
    int len = prefix.length() + body.codePointCount(0, body.length());
    if (width <= len) {
      return prefix + body;
    }
    int padding = width - len;
    String f = String.valueOf(fill);
    char a = align == 0 ? defaultAlign : align;
    switch (a) {
      case '<':
        return prefix + body + f.repeat(padding);
      case '^':
        return f.repeat(padding / 2) + prefix + body + f.repeat(padding - padding / 2);
      case '=':
        return prefix + f.repeat(padding) + body;
      default:
        return f.repeat(padding) + prefix + body;
    }
  }
}
