package migrationtutor.engine.ddl;

import java.util.List;
import java.util.Map;
import migrationtutor.engine.schema.PythonException;
import migrationtutor.engine.schema.PythonRepr;

/**
 * Python's {@code json.dumps(value)} with its defaults ({@code ensure_ascii=True}, separators
 * {@code ", "} and {@code ": "}), which SQLAlchemy's SQLite JSON type uses to bind values.
 */
final class PythonJson {
  private PythonJson() {}

  static String dumps(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (PythonValues.isInt(value)) {
      out.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      out.append(floatText(((Number) value).doubleValue()));
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(first ? "" : ", ");
        first = false;
        string(key(e.getKey()), out);
        out.append(": ");
        write(e.getValue(), out);
      }
      out.append('}');
    } else {
      throw new PythonException(
          "TypeError",
          "Object of type " + PythonValues.typeName(value) + " is not JSON serializable");
    }
  }

  // json's float.__repr__, with its own spellings of the non-finite values.
  private static String floatText(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    return PythonRepr.floatRepr(d);
  }

  private static String key(Object key) {
    if (key instanceof String s) {
      return s;
    } else if (key == null) {
      return "null";
    } else if (key instanceof Boolean b) {
      return b ? "true" : "false";
    } else if (PythonValues.isInt(key)) {
      return key.toString();
    } else if (key instanceof Double || key instanceof Float) {
      return floatText(((Number) key).doubleValue());
    }
    throw new PythonException(
        "TypeError",
        "keys must be str, int, float, bool or None, not " + PythonValues.typeName(key));
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            // ensure_ascii: every non-ASCII UTF-16 unit as \\uXXXX, surrogate pairs as two.
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
