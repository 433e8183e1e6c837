package migrationtutor.engine.pyeval;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The builtins scripts can use: pure functions, the builtin types and exception classes, and {@link
 * Withheld} stand-ins for the builtins that reach outside (files, eval, introspection).
 */
final class Builtins {
  /** Python's {@code ...}. */
  static final PyNative ELLIPSIS =
      new PyNative() {
        @Override
        public String typeName() {
          return "ellipsis";
        }

        @Override
        public String repr() {
          return "Ellipsis";
        }
      };

  /** The withheld builtins and why each is withheld. */
  static final Map<String, String> WITHHELD = withheld();

  private Builtins() {}

  private static Map<String, String> withheld() {
    Map<String, String> m = new LinkedHashMap<>();
    String code = "the tutor does not run code built from strings";
    String attrs = "attribute names must be written out (obj.name)";
    String namespaces = "the tutor does not expose namespaces as values";
    m.put("open", "scripts cannot read or write files");
    m.put("eval", code);
    m.put("exec", code);
    m.put("compile", code);
    m.put("__import__", "write an import statement instead");
    m.put("globals", namespaces);
    m.put("locals", namespaces);
    m.put("vars", namespaces);
    m.put("dir", namespaces);
    m.put("getattr", attrs);
    m.put("setattr", attrs);
    m.put("delattr", attrs);
    m.put("hasattr", attrs);
    m.put("input", "scripts cannot read from the keyboard");
    m.put("breakpoint", "the tutor has no debugger");
    m.put("exit", "scripts cannot stop the tutor");
    m.put("quit", "scripts cannot stop the tutor");
    m.put("help", "there is no interactive help here");
    m.put("memoryview", "raw memory is not available");
    m.put("__builtins__", namespaces);
    return java.util.Collections.unmodifiableMap(m);
  }

  static Map<String, PyValue> create(Runtime rt) {
    Map<String, PyValue> b = new LinkedHashMap<>();
    b.put("None", PyNone.NONE);
    b.put("True", PyBool.TRUE);
    b.put("False", PyBool.FALSE);
    b.put("Ellipsis", ELLIPSIS);
    types(rt, b, new IterableBuiltins(rt));
    BuiltinFunctions f = new BuiltinFunctions(rt);
    attachMethods(rt, b);
    f.register(b);
    for (Map.Entry<String, PyExceptionType> e : PyExceptionType.builtins().entrySet()) {
      b.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> w : WITHHELD.entrySet()) {
      b.put(w.getKey(), new Withheld(rt, w.getKey(), w.getValue()));
    }
    return java.util.Collections.unmodifiableMap(b);
  }

  private static void types(Runtime rt, Map<String, PyValue> b, IterableBuiltins f) {
    type(
        b,
        "str",
        a -> {
          Arity.keywords("str", a, "object", "encoding", "errors");
          if (a.positional().size() > 1 && a.positional().get(0) instanceof PyBytes bytes) {
            return new PyStr(new String(bytes.value(), java.nio.charset.StandardCharsets.UTF_8));
          }
          Arity.count("str", a.size(), 0, 1);
          PyValue v = Arity.arg(a, 0, "object", new PyStr(""));
          String s = v.str();
          rt.checkSize(s.length());
          return new PyStr(s);
        });
    type(b, "int", Conversions::toInt);
    type(b, "float", Conversions::toFloat);
    type(
        b,
        "bool",
        a -> {
          Arity.check("bool", a, 0, 1);
          PyValue v = Arity.arg(a, 0, PyBool.FALSE);
          return PyBool.of(rt.truth(v, null, null));
        });
    type(
        b,
        "list",
        a -> {
          Arity.check("list", a, 0, 1);
          return new PyList(
              a.positional().isEmpty() ? List.of() : Iteration.toList(rt, a.positional().get(0)));
        });
    type(
        b,
        "tuple",
        a -> {
          Arity.check("tuple", a, 0, 1);
          return new PyTuple(
              a.positional().isEmpty() ? List.of() : Iteration.toList(rt, a.positional().get(0)));
        });
    BuiltinType.Constructor set =
        a -> {
          Arity.check("set", a, 0, 1);
          Set<PyValue> out = new LinkedHashSet<>();
          if (!a.positional().isEmpty()) {
            for (PyValue v : Iteration.toList(rt, a.positional().get(0))) {
              Values.setAdd(out, v);
            }
          }
          return new PySet(out);
        };
    type(b, "set", set);
    type(b, "frozenset", set);
    type(
        b,
        "dict",
        a -> {
          Arity.count("dict", a.positional().size(), 0, 1);
          PyDict d = new PyDict();
          if (!a.positional().isEmpty()) {
            DictMethods.update(rt, d.entries(), a.positional().get(0));
          }
          for (Map.Entry<String, PyValue> kw : a.keywords().entrySet()) {
            d.entries().put(new PyStr(kw.getKey()), kw.getValue());
          }
          return d;
        });
    type(b, "range", f::range);
    type(b, "enumerate", f::enumerate);
    type(b, "zip", f::zip);
    type(b, "reversed", f::reversed);
    type(b, "map", f::map);
    type(b, "filter", f::filter);
    type(
        b,
        "bytes",
        a -> {
          Arity.count("bytes", a.positional().size(), 0, 3);
          if (a.positional().isEmpty()) {
            return new PyBytes(new byte[0]);
          }
          PyValue v = a.positional().get(0);
          if (v instanceof PyStr s) {
            return new PyBytes(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          }
          List<PyValue> items = Iteration.toList(rt, v);
          byte[] out = new byte[items.size()];
          for (int i = 0; i < out.length; i++) {
            long x = Arity.intArg(items.get(i));
            if (x < 0 || x > 255) {
              throw PyException.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) x;
          }
          return new PyBytes(out);
        });
    type(b, "object", null);
    type(
        b,
        "type",
        a -> {
          Arity.check("type", a, 1, 1);
          return typeOf(b, a.positional().get(0));
        });
  }

  private static void type(Map<String, PyValue> b, String name, BuiltinType.Constructor c) {
    b.put(name, new BuiltinType(name, c));
  }

  private static void attachMethods(Runtime rt, Map<String, PyValue> b) {
    for (PyValue v : b.values()) {
      if (v instanceof BuiltinType t) {
        t.withMethods(rt.methods);
      }
    }
  }

  /** What type(v) returns. */
  static PyValue typeOf(Map<String, PyValue> builtins, PyValue v) {
    if (v instanceof PyExceptionValue e) {
      return e.type();
    }
    if (v instanceof PyUnknown u) {
      return new PyUnknown("type(" + u.origin() + ")");
    }
    PyValue t = builtins.get(v.typeName());
    if (t instanceof BuiltinType) {
      return t;
    }
    return new BuiltinType(v.typeName(), null);
  }

  /** Python's ascii(): a repr with non-ASCII characters escaped. */
  static String ascii(String repr) {
    StringBuilder sb = new StringBuilder();
    repr.codePoints()
        .forEach(
            cp -> {
              if (cp < 128) {
                sb.appendCodePoint(cp);
              } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
              } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
              } else {
                sb.append(String.format("\\U%08x", cp));
              }
            });
    return sb.toString();
  }
}
