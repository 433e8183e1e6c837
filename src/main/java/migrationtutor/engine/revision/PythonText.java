package migrationtutor.engine.revision;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** The few bits of Python text behaviour that Alembic's messages and parsing depend on. */
final class PythonText {
  // int() accepts surrounding whitespace, a sign, and single underscores between digits.
  private static final Pattern PYTHON_INT = Pattern.compile("\\s*[+-]?\\d+(?:_\\d+)*\\s*");

  private PythonText() {}

  /** {@code repr()} of a str, as used by {@code %r} and by tuples printed with {@code %s}. */
  static String repr(String text) {
    if (text == null) {
      return "None";
    }
    if (text.contains("'") && !text.contains("\"")) {
      return "\"" + text.replace("\\", "\\\\") + "\"";
    }
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /** {@code str()} of a tuple of strs: {@code ()}, {@code ('a',)}, {@code ('a', 'b')}. */
  static String tupleStr(List<String> items) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(repr(items.get(i)));
    }
    if (items.size() == 1) {
      out.append(',');
    }
    return out.append(')').toString();
  }

  /** Alembic's {@code util.format_as_comma} for a sequence. */
  static String formatAsComma(List<String> items) {
    return String.join(", ", items);
  }

  /** Python's {@code int(text)}, or empty where it would raise ValueError. */
  static OptionalLong parseInt(String text) {
    if (text == null || !PYTHON_INT.matcher(text).matches()) {
      return OptionalLong.empty();
    }
    String digits = text.strip().replace("_", "");
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException tooLarge) {
      // Python ints are unbounded; a walk that long overruns any real history anyway.
      return OptionalLong.of(digits.startsWith("-") ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
    }
  }
}
