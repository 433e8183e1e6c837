package migrationtutor.engine.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.util.PythonRepr;

/** Python configparser's {@code BasicInterpolation}: {@code %(name)s} and {@code %%}. */
final class Interpolation {
  private static final Pattern KEY = Pattern.compile("%\\(([^)]+)\\)s");
  // configparser.MAX_INTERPOLATION_DEPTH
  private static final int MAX_DEPTH = 10;

  private Interpolation() {}

  static String interpolate(IniFile ini, String section, String option, String raw) {
    StringBuilder out = new StringBuilder();
    interpolateSome(ini, section, option, raw, raw, out, 1);
    return out.toString();
  }

  private static void interpolateSome(
      IniFile ini,
      String section,
      String option,
      String rawVal,
      String rest,
      StringBuilder out,
      int depth) {
    if (depth > MAX_DEPTH) {
      throw new IniSyntaxError(
          "configparser.InterpolationDepthError",
          "Recursion limit exceeded in value substitution: option '"
              + option
              + "' in section '"
              + section
              + "' contains an interpolation key which cannot be substituted in "
              + MAX_DEPTH
              + " steps. Raw value: "
              + PythonRepr.of(rawVal));
    }
    while (!rest.isEmpty()) {
      int p = rest.indexOf('%');
      if (p < 0) {
        out.append(rest);
        return;
      }
      out.append(rest, 0, p);
      rest = rest.substring(p);
      char c = rest.length() > 1 ? rest.charAt(1) : '\0';
      if (c == '%') {
        out.append('%');
        rest = rest.substring(2);
      } else if (c == '(') {
        Matcher m = KEY.matcher(rest);
        if (!m.lookingAt()) {
          throw new IniSyntaxError(
              "configparser.InterpolationSyntaxError",
              "bad interpolation variable reference " + PythonRepr.of(rest));
        }
        String var = m.group(1).toLowerCase(java.util.Locale.ROOT);
        rest = rest.substring(m.end());
        String v = ini.rawValue(section, var);
        if (v == null) {
          throw new IniSyntaxError(
              "configparser.InterpolationMissingOptionError",
              "Bad value substitution: option '"
                  + option
                  + "' in section '"
                  + section
                  + "' contains an interpolation key '"
                  + var
                  + "' which is not a valid option name. Raw value: "
                  + PythonRepr.of(rawVal));
        }
        if (v.indexOf('%') >= 0) {
          interpolateSome(ini, section, option, rawVal, v, out, depth + 1);
        } else {
          out.append(v);
        }
      } else {
        throw new IniSyntaxError(
            "configparser.InterpolationSyntaxError",
            "'%' must be followed by '%' or '(', found: " + PythonRepr.of(rest));
      }
    }
  }

  /** configparser's {@code before_set} check: a value set in code must be valid syntax. */
  static void checkSettable(String value) {
    String tmp = KEY.matcher(value.replace("%%", "")).replaceAll("");
    int bad = tmp.indexOf('%');
    if (bad >= 0) {
      throw new IniSyntaxError(
          "ValueError",
          "invalid interpolation syntax in " + PythonRepr.of(value) + " at position " + bad);
    }
  }
}
