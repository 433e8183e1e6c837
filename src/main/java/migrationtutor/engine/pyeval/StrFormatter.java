package migrationtutor.engine.pyeval;

/**
 * {@code str.format}: literal text with {@code {{}}/{@code }}} escapes and replacement fields
 * {@code {name.attr[key]!conv:spec}} (auto or manual numbering, nested fields in the spec), with
 * CPython's error messages.
 */
final class StrFormatter {
  private final Runtime rt;
  private final Args args;
  private int auto;
  private boolean usedAuto;
  private boolean usedManual;

  private StrFormatter(Runtime rt, Args args) {
    this.rt = rt;
    this.args = args;
  }

  static String format(Runtime rt, String fmt, Args args) {
    return new StrFormatter(rt, args).render(fmt, 0);
  }

  private String render(String fmt, int depth) {
    if (depth > 2) {
      throw PyException.valueError("Max string recursion exceeded");
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = fmt.length();
    while (i < n) {
      char c = fmt.charAt(i);
      if (c == '{') {
        if (i + 1 < n && fmt.charAt(i + 1) == '{') {
          out.append('{');
          i += 2;
          continue;
        }
        int end = matchingBrace(fmt, i);
        out.append(field(fmt.substring(i + 1, end), depth));
        rt.checkLimit(out.length());
        i = end + 1;
      } else if (c == '}') {
        if (i + 1 < n && fmt.charAt(i + 1) == '}') {
          out.append('}');
          i += 2;
          continue;
        }
        throw PyException.valueError("Single '}' encountered in format string");
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int matchingBrace(String fmt, int open) {
    int depth = 0;
    for (int j = open; j < fmt.length(); j++) {
      char c = fmt.charAt(j);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return j;
      }
    }
    throw PyException.valueError(
        depth > 1
            ? "expected '}' before end of string"
            : "Single '{' encountered in format string");
  }

  private String field(String field, int depth) {
    int colon = -1;
    int bang = -1;
    int bracket = 0;
    for (int j = 0; j < field.length(); j++) {
      char c = field.charAt(j);
      if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket--;
      } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
        bang = j;
      } else if (bracket == 0 && c == ':' && colon < 0) {
        colon = j;
        break;
      }
    }
    int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : field.length();
    String name = field.substring(0, nameEnd);
    char conversion = 0;
    if (bang >= 0) {
      int convEnd = colon >= 0 ? colon : field.length();
      if (convEnd - bang != 2) {
        throw PyException.valueError(
            convEnd - bang == 1
                ? "end of string while looking for conversion specifier"
                : "expected ':' after conversion specifier");
      }
      conversion = field.charAt(bang + 1);
    }
    String spec = colon >= 0 ? render(field.substring(colon + 1), depth + 1) : "";
    PyValue v = lookup(name);
    if (conversion == 'r') {
      v = new PyStr(v.repr());
    } else if (conversion == 's') {
      v = new PyStr(v.str());
    } else if (conversion == 'a') {
      v = new PyStr(Builtins.ascii(v.repr()));
    } else if (conversion != 0) {
      throw PyException.valueError("Unknown conversion specifier " + conversion);
    }
    return FormatSpec.format(v, spec);
  }

  private PyValue lookup(String name) {
    int j = 0;
    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
      j++;
    }
    String first = name.substring(0, j);
    PyValue v;
    if (first.isEmpty()) {
      if (usedManual) {
        throw PyException.valueError(
            "cannot switch from manual field specification to automatic field numbering");
      }
      usedAuto = true;
      v = positional(auto++);
    } else if (first.chars().allMatch(Character::isDigit)) {
      if (usedAuto) {
        throw PyException.valueError(
            "cannot switch from automatic field numbering to manual field specification");
      }
      usedManual = true;
      v = positional(Integer.parseInt(first.length() > 9 ? "999999999" : first));
    } else {
      v = args.keywords().get(first);
      if (v == null) {
        throw PyException.keyError(new PyStr(first));
      }
    }
    while (j < name.length()) {
      if (name.charAt(j) == '.') {
        int k = j + 1;
        while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
          k++;
        }
        v = rt.attribute(v, name.substring(j + 1, k));
        j = k;
      } else {
        int close = name.indexOf(']', j);
        if (close < 0) {
          throw PyException.valueError("Missing ']' in format string");
        }
        String key = name.substring(j + 1, close);
        PyValue k =
            key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                ? PyInt.of(Long.parseLong(key.length() > 18 ? key.substring(0, 18) : key))
                : new PyStr(key);
        v = Subscripts.get(rt, v, k);
        j = close + 1;
      }
    }
    return v;
  }

  private PyValue positional(int index) {
    if (index >= args.positional().size()) {
      throw PyException.indexError(
          "Replacement index " + index + " out of range for positional args tuple");
    }
    return args.positional().get(index);
  }
}
