package migrationtutor.engine.util;

import java.util.List;

/**
 * Python's {@code repr()} for the values the engine prints: strings, None, booleans, integers and
 * tuples or lists of them.
 *
 * <p>Alembic writes {@code repr()} into revision files ({@code revision = '7ef08f4a0da7'}, {@code
 * down_revision = ('a808b2f70386', '78225fe84e20')}) and into error messages ({@code No such
 * template 'nosuch'}), so the quoting rules must be Python's exactly.
 */
public final class PythonRepr {
  private PythonRepr() {}

  /** The repr of a value: String, null (None), Boolean, Integer/Long, or a List (as a tuple). */
  public static String of(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof String s) {
      return ofString(s);
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof java.math.BigInteger) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      return tuple(list);
    }
    throw new IllegalArgumentException("no Python repr for " + value.getClass().getSimpleName());
  }

  /** The repr of a tuple: {@code ()}, {@code ('a',)}, {@code ('a', 'b')}. */
  public static String tuple(List<?> items) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(of(items.get(i)));
    }
    if (items.size() == 1) {
      sb.append(',');
    }
    return sb.append(')').toString();
  }

  /** The repr of a list: {@code ['a', 'b']}. */
  public static String list(List<?> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(of(items.get(i)));
    }
    return sb.append(']').toString();
  }

  /** The repr of a str, choosing quotes and escapes as CPython's {@code unicode_repr} does. */
  public static String ofString(String s) {
    boolean hasSingle = s.indexOf('\'') >= 0;
    boolean hasDouble = s.indexOf('"') >= 0;
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
    s.codePoints().forEach(cp -> appendEscaped(sb, cp, quote));
    return sb.append(quote).toString();
  }

  private static void appendEscaped(StringBuilder sb, int cp, char quote) {
    if (cp == quote || cp == '\\') {
      sb.append('\\').appendCodePoint(cp);
    } else if (cp == '\t') {
      sb.append("\\t");
    } else if (cp == '\n') {
      sb.append("\\n");
    } else if (cp == '\r') {
      sb.append("\\r");
    } else if (cp < 0x20 || cp == 0x7f) {
      sb.append(String.format("\\x%02x", cp));
    } else if (cp < 0x7f) {
      sb.appendCodePoint(cp);
    } else if (isPrintable(cp)) {
      sb.appendCodePoint(cp);
    } else if (cp <= 0xff) {
      sb.append(String.format("\\x%02x", cp));
    } else if (cp <= 0xffff) {
      sb.append(String.format("\\u%04x", cp));
    } else {
      sb.append(String.format("\\U%08x", cp));
    }
  }

  // Python's str.isprintable(): not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).
  private static boolean isPrintable(int cp) {
    int type = Character.getType(cp);
    switch (type) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }
}
