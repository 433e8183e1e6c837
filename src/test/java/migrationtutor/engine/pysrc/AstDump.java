package migrationtutor.engine.pysrc;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.List;

/**
 * Dumps an AST as a compact S-expression: {@code (Kind line:col-endLine:endCol field...)}.
 * cpython_dump.py (in the test resources) prints CPython's ast in the same form.
 */
final class AstDump {
  private final boolean positions;
  private final StringBuilder out = new StringBuilder();

  private AstDump(boolean positions) {
    this.positions = positions;
  }

  /** The statements of a module, one per line. */
  static String module(Module m, boolean positions) {
    StringBuilder sb = new StringBuilder();
    for (Stmt s : m.body()) {
      sb.append(of(s, positions)).append('\n');
    }
    return sb.toString();
  }

  /** One node (or Params). */
  static String of(Object node, boolean positions) {
    AstDump d = new AstDump(positions);
    d.value(node);
    return d.out.toString();
  }

  private void value(Object v) {
    if (v == null) {
      out.append('_');
    } else if (v instanceof Expr.Constant c) {
      constant(c);
    } else if (v instanceof Record r) {
      record(r);
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        value(list.get(i));
      }
      out.append(']');
    } else if (v instanceof String s) {
      quote(s);
    } else if (v instanceof Enum<?> e) {
      out.append(e.name());
    } else {
      out.append(v);
    }
  }

  private void record(Record r) {
    out.append('(').append(r.getClass().getSimpleName());
    for (RecordComponent rc : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = rc.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      out.append(' ');
      if (v instanceof Span s) {
        out.setLength(out.length() - 1);
        if (positions) {
          out.append(' ').append(pos(r, s));
        }
        continue;
      }
      value(v);
    }
    out.append(')');
  }

  /** WithItem, Comprehension and DictEntry have no position in CPython: print '?'. */
  private static String pos(Record r, Span s) {
    if (r instanceof WithItem || r instanceof Comprehension || r instanceof DictEntry) {
      return "?";
    }
    return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
  }

  private void constant(Expr.Constant c) {
    out.append("(Constant");
    if (positions) {
      out.append(' ').append(pos(c, c.span()));
    }
    out.append(' ').append(c.kind()).append(' ');
    Object v = c.value();
    switch (c.kind()) {
      case STR, BYTES -> quote((String) v);
      case INT -> out.append(v instanceof BigInteger b ? b : (Long) v);
      case FLOAT, COMPLEX -> out.append("d:").append(Double.doubleToLongBits((Double) v));
      case TRUE, FALSE -> out.append(v);
      default -> out.append('_');
    }
    out.append(')');
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
