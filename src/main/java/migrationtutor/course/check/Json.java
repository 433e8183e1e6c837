package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.workspace.JsonText;

/**
 * The JSON the tutor reads and writes itself (the transcript, the progress file, grade reports):
 * objects become {@link LinkedHashMap}s, arrays {@link List}s, numbers {@link Long} (or {@link
 * Double} when they have a fraction), and {@code null} Java's null.
 */
public final class Json {
  private final String text;
  private int pos;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses one JSON value.
   *
   * @throws IllegalArgumentException with the position of the first error
   */
  public static Object parse(String text) {
    Json p = new Json(text);
    p.blanks();
    Object v = p.value(0);
    p.blanks();
    if (p.pos != text.length()) {
      throw p.error("unexpected text after the value");
    }
    return v;
  }

  /** {@code value} as compact JSON ({@code pretty}: indented by two spaces, one entry a line). */
  public static String write(Object value, boolean pretty) {
    StringBuilder b = new StringBuilder();
    write(b, value, pretty ? 0 : -1);
    return b.toString();
  }

  /** {@code s} as a quoted JSON string. */
  public static String quote(String s) {
    return JsonText.quote(s);
  }

  private static void write(StringBuilder b, Object v, int indent) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      b.append(quote(s));
    } else if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      b.append(v);
    } else if (v instanceof Number n) {
      b.append(n.doubleValue());
    } else if (v instanceof Map<?, ?> m) {
      writeEntries(b, '{', '}', m.entrySet().stream().toList(), indent, true);
    } else if (v instanceof List<?> l) {
      writeEntries(b, '[', ']', l, indent, false);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getSimpleName());
    }
  }

  private static void writeEntries(
      StringBuilder b, char open, char close, List<?> items, int indent, boolean object) {
    b.append(open);
    // Short arrays of plain values stay on one line, so a step's window reads [12, 15].
    boolean flat = indent < 0 || !object && items.stream().noneMatch(Json::nested);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append(flat && indent >= 0 ? ", " : ",");
      }
      if (!flat) {
        b.append('\n').append("  ".repeat(indent + 1));
      }
      Object item = items.get(i);
      if (object) {
        Map.Entry<?, ?> e = (Map.Entry<?, ?>) item;
        b.append(quote(String.valueOf(e.getKey()))).append(indent >= 0 ? ": " : ":");
        item = e.getValue();
      }
      write(b, item, flat ? indent : indent + 1);
    }
    if (!flat && !items.isEmpty()) {
      b.append('\n').append("  ".repeat(indent));
    }
    b.append(close);
  }

  private static boolean nested(Object v) {
    return v instanceof Map || v instanceof List;
  }

  private Object value(int depth) {
    if (depth > 64) {
      throw error("nested too deeply");
    }
    if (pos >= text.length()) {
      throw error("a value is missing");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> word("true", Boolean.TRUE);
      case 'f' -> word("false", Boolean.FALSE);
      case 'n' -> word("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    pos++;
    blanks();
    if (peek('}')) {
      pos++;
      return m;
    }
    while (true) {
      blanks();
      if (!peek('"')) {
        throw error("a key in quotes is expected");
      }
      String key = string();
      blanks();
      expect(':');
      blanks();
      m.put(key, value(depth + 1));
      blanks();
      if (peek(',')) {
        pos++;
      } else {
        expect('}');
        return m;
      }
    }
  }

  private List<Object> array(int depth) {
    List<Object> l = new ArrayList<>();
    pos++;
    blanks();
    if (peek(']')) {
      pos++;
      return l;
    }
    while (true) {
      blanks();
      l.add(value(depth + 1));
      blanks();
      if (peek(',')) {
        pos++;
      } else {
        expect(']');
        return l;
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder b = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("a \\u escape needs four hex digits");
          }
          try {
            b.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("a \\u escape needs four hex digits");
          }
          pos += 4;
        }
        default -> b.append(e);
      }
    }
    throw error("a string is not closed");
  }

  private Object word(String w, Object value) {
    if (!text.startsWith(w, pos)) {
      throw error("unexpected character '" + text.charAt(pos) + "'");
    }
    pos += w.length();
    return value;
  }

  private Object number() {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String n = text.substring(start, pos);
    if (n.isEmpty()) {
      throw error("unexpected character '" + text.charAt(pos) + "'");
    }
    try {
      if (n.matches("-?[0-9]{1,18}")) {
        return Long.parseLong(n);
      }
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      throw error("'" + n + "' is not a number");
    }
  }

  private void blanks() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("'" + c + "' is expected");
    }
    pos++;
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at character " + (pos + 1));
  }
}
