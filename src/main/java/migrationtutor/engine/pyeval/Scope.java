package migrationtutor.engine.pyeval;

import java.util.HashMap;
import java.util.Map;

/**
 * One namespace of a running program: the module globals, a class body, a function call or a
 * comprehension. Name resolution follows CPython's LEGB rule using the compile-time {@link
 * ScopeInfo}: locals, enclosing function scopes (closures; class bodies are skipped), module
 * globals, builtins.
 */
final class Scope {
  enum Kind {
    MODULE,
    CLASS,
    FUNCTION,
    COMPREHENSION
  }

  final Kind kind;
  final PyModule module;
  final Map<String, PyValue> vars;
  final ScopeInfo info;

  /** The nearest enclosing function or comprehension scope, for free variables; or null. */
  final Scope enclosing;

  /** The function name locations show ({@code <module>}, {@code upgrade}, {@code <lambda>}). */
  final String function;

  /** The qualified name of this scope's function or class, as nested definitions prefix it. */
  String qualname = "";

  /** The annotation expressions of a class body, by annotated name. */
  final Map<String, migrationtutor.engine.pysrc.Expr> annotations = new java.util.LinkedHashMap<>();

  /** The value of a completed {@code return}. */
  PyValue returnValue = PyNone.NONE;

  private Scope(
      Kind kind,
      PyModule module,
      Map<String, PyValue> vars,
      ScopeInfo info,
      Scope enclosing,
      String function) {
    this.kind = kind;
    this.module = module;
    this.vars = vars;
    this.info = info;
    this.enclosing = enclosing;
    this.function = function;
  }

  static Scope module(PyModule module) {
    return new Scope(Kind.MODULE, module, module.namespace(), null, null, "<module>");
  }

  static Scope classBody(Scope defining, Map<String, PyValue> namespace, String name) {
    return new Scope(Kind.CLASS, defining.module, namespace, null, defining.closure(), name);
  }

  static Scope function(PyModule module, ScopeInfo info, Scope closure, String name) {
    return new Scope(Kind.FUNCTION, module, new HashMap<>(), info, closure, name);
  }

  static Scope comprehension(Scope defining, ScopeInfo info, String name) {
    return new Scope(
        Kind.COMPREHENSION, defining.module, new HashMap<>(), info, defining.closure(), name);
  }

  /** The scope a function or comprehension defined here closes over (class bodies are not). */
  Scope closure() {
    return switch (kind) {
      case MODULE -> null;
      case CLASS -> enclosing;
      case FUNCTION, COMPREHENSION -> this;
    };
  }

  /** The file of the module this scope runs in. */
  String file() {
    return module.file();
  }

  /** The value of a name, or a NameError / UnboundLocalError as CPython raises them. */
  PyValue load(String name, Map<String, PyValue> builtins) {
    PyValue v;
    if (kind == Kind.FUNCTION || kind == Kind.COMPREHENSION) {
      if (info.globals().contains(name)) {
        return global(name, builtins);
      }
      if (info.locals().contains(name)) {
        v = vars.get(name);
        if (v == null) {
          throw new PyException(
              "UnboundLocalError",
              "cannot access local variable '"
                  + name
                  + "' where it is not associated with a value");
        }
        return v;
      }
    } else if (kind == Kind.CLASS) {
      v = vars.get(name);
      if (v != null) {
        return v;
      }
    } else {
      return global(name, builtins);
    }
    for (Scope s = enclosing; s != null; s = s.enclosing) {
      if (s.info.locals().contains(name)) {
        v = s.vars.get(name);
        if (v == null) {
          throw new PyException(
              "NameError",
              "cannot access free variable '"
                  + name
                  + "' where it is not associated with a value in enclosing scope");
        }
        return v;
      }
      if (s.info.globals().contains(name)) {
        break;
      }
    }
    return global(name, builtins);
  }

  private PyValue global(String name, Map<String, PyValue> builtins) {
    PyValue v = module.namespace().get(name);
    if (v == null) {
      v = builtins.get(name);
    }
    if (v == null) {
      throw PyException.nameError(name);
    }
    return v;
  }

  /** Binds a name in the scope CPython would bind it in. */
  void store(String name, PyValue value) {
    target(name).put(name, value);
  }

  /** Binds the target of a walrus: comprehensions bind in the scope that contains them. */
  void storeWalrus(String name, PyValue value) {
    Scope s = this;
    while (s.kind == Kind.COMPREHENSION) {
      s = s.enclosing;
      if (s == null) {
        module.namespace().put(name, value);
        return;
      }
    }
    s.store(name, value);
  }

  /** Unbinds a name ({@code del x}); NameError if it is not bound. */
  void delete(String name) {
    Map<String, PyValue> m = target(name);
    if (m.remove(name) == null) {
      if (m != module.namespace() && info != null && info.locals().contains(name)) {
        throw new PyException(
            "UnboundLocalError",
            "cannot access local variable '" + name + "' where it is not associated with a value");
      }
      throw PyException.nameError(name);
    }
  }

  private Map<String, PyValue> target(String name) {
    if (kind == Kind.MODULE || kind == Kind.CLASS) {
      return vars;
    }
    if (info.globals().contains(name)) {
      return module.namespace();
    }
    if (info.nonlocals().contains(name)) {
      for (Scope s = enclosing; s != null; s = s.enclosing) {
        if (s.info.locals().contains(name)) {
          return s.vars;
        }
      }
      return module.namespace();
    }
    return vars;
  }
}
