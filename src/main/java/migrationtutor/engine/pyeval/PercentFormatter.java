package migrationtutor.engine.pyeval;

import java.math.BigInteger;
import java.util.List;

/**
 * {@code format % args}: printf-style formatting with CPython's conversions ({@code %s %r %a %d %i
 * %u %f %F %e %E %g %G %x %X %o %c %%}), flags, width, precision ({@code *} too), {@code %(name)s}
 * keys, and its error messages.
 */
final class PercentFormatter {
  private final Runtime rt;
  private final String fmt;
  private final List<PyValue> positional;
  private final PyDict mapping;
  private int next;
  private int i;

  private PercentFormatter(Runtime rt, String fmt, PyValue args) {
    this.rt = rt;
    this.fmt = fmt;
    this.positional = args instanceof PyTuple t ? t.items() : List.of(args);
    this.mapping = args instanceof PyDict d ? d : null;
  }

  static String format(Runtime rt, String fmt, PyValue args) {
    return new PercentFormatter(rt, fmt, args).run(args);
  }

  private String run(PyValue args) {
    StringBuilder out = new StringBuilder();
    while (i < fmt.length()) {
      char c = fmt.charAt(i++);
      if (c != '%') {
        out.append(c);
        continue;
      }
      PyValue value = null;
      if (at('(')) {
        if (mapping == null) {
          throw PyException.typeError("format requires a mapping");
        }
        int depth = 1;
        int keyStart = ++i;
        while (i < fmt.length() && depth > 0) {
          char k = fmt.charAt(i++);
          depth += k == '(' ? 1 : k == ')' ? -1 : 0;
        }
        if (depth > 0) {
          throw PyException.valueError("incomplete format key");
        }
        PyStr key = new PyStr(fmt.substring(keyStart, i - 1));
        value = mapping.entries().get(key);
        if (value == null) {
          throw PyException.keyError(key);
        }
      }
      FormatSpec spec = flagsAndWidth();
      if (i >= fmt.length()) {
        throw PyException.valueError("incomplete format");
      }
      char type = fmt.charAt(i++);
      while ("hlL".indexOf(type) >= 0 && i < fmt.length()) {
        type = fmt.charAt(i++);
      }
      if (type == '%') {
        out.append('%');
        continue;
      }
      if (value == null) {
        value = nextArg();
      }
      out.append(convert(type, value, spec));
      rt.checkLimit(out.length());
    }
    if (mapping == null && next < positional.size() && !(args instanceof PyList)) {
      throw PyException.typeError("not all arguments converted during string formatting");
    }
    return out.toString();
  }

  private boolean at(char c) {
    return i < fmt.length() && fmt.charAt(i) == c;
  }

  private PyValue nextArg() {
    if (next >= positional.size()) {
      throw PyException.typeError("not enough arguments for format string");
    }
    return positional.get(next++);
  }

  private FormatSpec flagsAndWidth() {
    StringBuilder spec = new StringBuilder();
    boolean left = false;
    boolean zero = false;
    char sign = 0;
    boolean alt = false;
    while (i < fmt.length() && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
      char f = fmt.charAt(i++);
      switch (f) {
        case '-' -> left = true;
        case '0' -> zero = true;
        case '#' -> alt = true;
        default -> sign = sign == '+' ? '+' : f;
      }
    }
    String width = number();
    String precision = null;
    if (at('.')) {
      i++;
      precision = number();
      if (precision.isEmpty()) {
        precision = "0";
      }
    }
    if (left) {
      spec.append('<');
    }
    if (sign != 0) {
      spec.append(sign);
    }
    if (alt) {
      spec.append('#');
    }
    if (zero && !left) {
      spec.append('0');
    }
    spec.append(width);
    if (precision != null) {
      spec.append('.').append(precision);
    }
    return FormatSpec.parse(spec.toString(), "str");
  }

  private String number() {
    if (at('*')) {
      i++;
      PyValue v = nextArg();
      if (!Numbers.isInt(v)) {
        throw PyException.typeError("* wants int");
      }
      return Long.toString(Math.max(0, Math.min(9_999_999, Numbers.toLong(v))));
    }
    int start = i;
    while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
      i++;
    }
    if (i - start > 7) {
      throw PyException.valueError("width too big");
    }
    return fmt.substring(start, i);
  }

  private String convert(char type, PyValue v, FormatSpec spec) {
    switch (type) {
      case 's':
      case 'r':
      case 'a':
        {
          String s = type == 's' ? v.str() : type == 'r' ? v.repr() : Builtins.ascii(v.repr());
          if (spec.precision >= 0 && s.length() > spec.precision) {
            s = s.substring(0, spec.precision);
          }
          return pad(s, spec);
        }
      case 'd':
      case 'i':
      case 'u':
        {
          if (!Numbers.isNumber(v)) {
            throw PyException.typeError(
                "%" + type + " format: a real number is required, not " + v.typeName());
          }
          BigInteger n =
              v instanceof PyFloat f ? Numbers.floatToInt(f.value()).value() : Numbers.toBig(v);
          String digits = n.abs().toString();
          if (spec.precision > digits.length()) {
            digits = "0".repeat(spec.precision - digits.length()) + digits;
          }
          return numeric(n.signum() < 0, "", digits, spec);
        }
      case 'x':
      case 'X':
      case 'o':
        {
          if (!Numbers.isInt(v)) {
            throw PyException.typeError(
                "%" + type + " format: an integer is required, not " + v.typeName());
          }
          BigInteger n = Numbers.toBig(v);
          String digits = n.abs().toString(type == 'o' ? 8 : 16);
          if (type == 'X') {
            digits = digits.toUpperCase();
          }
          if (spec.precision > digits.length()) {
            digits = "0".repeat(spec.precision - digits.length()) + digits;
          }
          return numeric(n.signum() < 0, spec.alternate ? "0" + type : "", digits, spec);
        }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        {
          if (!Numbers.isNumber(v)) {
            throw PyException.typeError("must be real number, not " + v.typeName());
          }
          spec.type = type;
          spec.align = spec.align == 0 ? '>' : spec.align;
          return spec.formatFloat(Numbers.toDouble(v));
        }
      case 'c':
        {
          String ch;
          if (v instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
            ch = s.value();
          } else if (Numbers.isInt(v)) {
            long cp = Numbers.toLong(v);
            if (cp < 0 || cp > 0x10FFFF) {
              throw new PyException("OverflowError", "%c arg not in range(0x110000)");
            }
            ch = new String(Character.toChars((int) cp));
          } else {
            throw PyException.typeError("%c requires int or char");
          }
          return pad(ch, spec);
        }
      default:
        throw PyException.valueError(
            "unsupported format character '"
                + type
                + "' (0x"
                + Integer.toHexString(type)
                + ") at index "
                + (i - 1));
    }
  }

  private static String pad(String s, FormatSpec spec) {
    if (spec.width <= s.length()) {
      return s;
    }
    String fill = " ".repeat(spec.width - s.length());
    return spec.align == '<' ? s + fill : fill + s;
  }

  private static String numeric(boolean negative, String prefix, String digits, FormatSpec spec) {
    String sign = (negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "") + prefix;
    int len = sign.length() + digits.length();
    if (spec.width <= len) {
      return sign + digits;
    }
    int padding = spec.width - len;
    if (spec.align == '<') {
      return sign + digits + " ".repeat(padding);
    }
    if (spec.fill == '0') {
      return sign + "0".repeat(padding) + digits;
    }
    return " ".repeat(padding) + sign + digits;
  }
}
