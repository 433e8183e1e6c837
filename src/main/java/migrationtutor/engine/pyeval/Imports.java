package migrationtutor.engine.pyeval;

import java.util.Map;
import migrationtutor.engine.pysrc.Alias;
import migrationtutor.engine.pysrc.Stmt;

/**
 * {@code import} and {@code from ... import}, delegated to the caller's {@link ModuleLoader}.
 * {@code __future__} is built in: its features change nothing here.
 */
final class Imports {
  private Imports() {}

  static void importNames(Runtime rt, Stmt.Import stmt, Scope s) {
    for (Alias alias : stmt.names()) {
      String[] parts = alias.name().split("\\.");
      PyValue top = null;
      PyValue previous = null;
      String path = "";
      for (String part : parts) {
        path = path.isEmpty() ? part : path + "." + part;
        PyValue mod = load(rt, path, 0, s);
        if (previous instanceof PyModule parent && parent.get(part) == null) {
          // CPython's import system sets a submodule as an attribute of its parent package.
          parent.put(part, mod);
        }
        if (top == null) {
          top = mod;
        }
        previous = mod;
      }
      s.store(
          alias.asName() != null ? alias.asName() : parts[0],
          alias.asName() != null ? previous : top);
    }
  }

  static void importFrom(Runtime rt, Stmt.ImportFrom stmt, Scope s) {
    PyValue mod = load(rt, stmt.module(), stmt.level(), s);
    String shown =
        mod instanceof PyModule m
            ? m.name()
            : ".".repeat(stmt.level()) + (stmt.module() == null ? "" : stmt.module());
    for (Alias alias : stmt.names()) {
      String name = alias.name();
      if (name.equals("*")) {
        starImport(mod, s);
        continue;
      }
      PyValue v = member(mod, name);
      if (v == null) {
        String sub = stmt.module() == null ? name : stmt.module() + "." + name;
        try {
          v = load(rt, sub, stmt.level(), s);
        } catch (PyException e) {
          if (!e.type().isSubtypeOf(PyExceptionType.IMPORT_ERROR)) {
            throw e;
          }
          String where =
              mod instanceof PyModule m && m.file() != null ? m.file() : "unknown location";
          throw new PyException(
              "ImportError",
              "cannot import name '" + name + "' from '" + shown + "' (" + where + ")");
        }
      }
      s.store(alias.asName() != null ? alias.asName() : name, v);
    }
  }

  private static PyValue member(PyValue mod, String name) {
    if (mod instanceof PyUnknown u) {
      return u.attribute(name);
    }
    if (mod instanceof PyNative n) {
      return n.attribute(name);
    }
    return null;
  }

  private static void starImport(PyValue mod, Scope s) {
    if (!(mod instanceof PyModule m)) {
      return;
    }
    PyValue all = m.get("__all__");
    if (all instanceof PyList || all instanceof PyTuple) {
      for (PyValue n : all instanceof PyList l ? l.items() : ((PyTuple) all).items()) {
        PyValue v = m.get(n.str());
        if (v == null) {
          throw PyException.attributeError(m.noAttribute(n.str()).getMessage());
        }
        s.store(n.str(), v);
      }
      return;
    }
    for (Map.Entry<String, PyValue> e : m.namespace().entrySet()) {
      if (!e.getKey().startsWith("_")) {
        s.store(e.getKey(), e.getValue());
      }
    }
  }

  private static PyValue load(Runtime rt, String name, int level, Scope s) {
    if (level == 0 && "__future__".equals(name)) {
      return future();
    }
    PyValue mod = rt.loader.load(name, level, s.module.name());
    if (mod == null) {
      throw ModuleLoader.notFound(name == null ? "." : name);
    }
    return mod;
  }

  private static PyModule future() {
    PyModule m = new PyModule("__future__");
    for (String f :
        new String[] {
          "annotations",
          "division",
          "absolute_import",
          "print_function",
          "unicode_literals",
          "generator_stop",
          "with_statement",
          "nested_scopes",
          "generators"
        }) {
      m.put(f, new PyUnknown("__future__." + f));
    }
    return m;
  }
}
