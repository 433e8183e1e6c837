package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Keyword;
import migrationtutor.engine.pysrc.Param;
import migrationtutor.engine.pysrc.Params;
import migrationtutor.engine.pysrc.Stmt;

/**
 * {@code def}, {@code lambda} and {@code class}: evaluated in CPython's order (decorators, then
 * defaults or bases, then the body for a class, then the decorators applied innermost first).
 * Parameter annotations are not evaluated; they have no effect on a run.
 */
final class Definitions {
  private Definitions() {}

  static PyValue function(Runtime rt, Stmt.FunctionDef def, Scope s) {
    List<PyValue> decorators = new ArrayList<>();
    for (Expr d : def.decorators()) {
      decorators.add(rt.exprs.eval(d, s));
    }
    String qualname = qualname(s, def.name());
    Signature sig = signature(rt, qualname, def.params(), s);
    PyValue fn =
        new PyFunction(
            rt, qualname, s.module, sig, def, null, rt.analyzer.function(def), s.closure());
    for (int i = decorators.size() - 1; i >= 0; i--) {
      fn = rt.call(decorators.get(i), Args.of(fn));
    }
    return fn;
  }

  static PyValue lambda(Runtime rt, Expr.Lambda lambda, Scope s) {
    String qualname = qualname(s, "<lambda>");
    Signature sig = signature(rt, qualname, lambda.params(), s);
    return new PyFunction(
        rt, qualname, s.module, sig, null, lambda, rt.analyzer.lambda(lambda), s.closure());
  }

  private static String qualname(Scope s, String name) {
    return switch (s.kind) {
      case MODULE -> name;
      case CLASS -> s.qualname + "." + name;
      case FUNCTION, COMPREHENSION -> s.qualname + ".<locals>." + name;
    };
  }

  private static Signature signature(Runtime rt, String qualname, Params params, Scope s) {
    List<Signature.Parameter> out = new ArrayList<>();
    for (Param p : params.posOnly()) {
      out.add(param(rt, p, Signature.Kind.POSITIONAL_ONLY, s));
    }
    for (Param p : params.regular()) {
      out.add(param(rt, p, Signature.Kind.POSITIONAL_OR_KEYWORD, s));
    }
    if (params.varArg() != null) {
      out.add(new Signature.Parameter(params.varArg().name(), Signature.Kind.VAR_POSITIONAL, null));
    }
    for (Param p : params.kwOnly()) {
      out.add(param(rt, p, Signature.Kind.KEYWORD_ONLY, s));
    }
    if (params.kwArg() != null) {
      out.add(new Signature.Parameter(params.kwArg().name(), Signature.Kind.VAR_KEYWORD, null));
    }
    try {
      return new Signature(qualname, out);
    } catch (IllegalArgumentException e) {
      throw new PyException("SyntaxError", e.getMessage());
    }
  }

  private static Signature.Parameter param(Runtime rt, Param p, Signature.Kind kind, Scope s) {
    PyValue def = p.defaultValue() == null ? null : rt.exprs.eval(p.defaultValue(), s);
    return new Signature.Parameter(p.name(), kind, def);
  }

  static PyValue classDef(Runtime rt, Stmt.ClassDef def, Scope s) {
    List<PyValue> decorators = new ArrayList<>();
    for (Expr d : def.decorators()) {
      decorators.add(rt.exprs.eval(d, s));
    }
    List<PyValue> bases = rt.exprs.elements(def.bases(), s);
    Map<String, PyValue> keywords = new LinkedHashMap<>();
    for (Keyword k : def.keywords()) {
      PyValue v = rt.exprs.eval(k.value(), s);
      if (k.arg() != null) {
        keywords.put(k.arg(), v);
      } else if (v instanceof PyDict d) {
        d.entries().forEach((key, val) -> keywords.put(key.str(), val));
      }
    }
    String qualname = qualname(s, def.name());
    Map<String, PyValue> namespace = new LinkedHashMap<>();
    namespace.put("__module__", new PyStr(s.module.name()));
    namespace.put("__qualname__", new PyStr(qualname));
    Scope body = Scope.classBody(s, namespace, def.name());
    body.qualname = qualname;
    rt.stmts.execBlock(def.body(), body);
    PyClass created =
        new PyClass(
            def.name(),
            qualname,
            s.module.name(),
            bases,
            keywords,
            namespace,
            body.annotations,
            def,
            s.module);
    for (SubclassHook hook : subclassHooks(bases)) {
      hook.subclassCreated(created);
    }
    PyValue cls = created;
    for (int i = decorators.size() - 1; i >= 0; i--) {
      cls = rt.call(decorators.get(i), Args.of(cls));
    }
    return cls;
  }

  /**
   * The hooks among the bases and their script-defined ancestors, each once, depth first from the
   * left as Python's method resolution reaches them.
   */
  private static List<SubclassHook> subclassHooks(List<PyValue> bases) {
    List<SubclassHook> found = new ArrayList<>();
    collectHooks(bases, found, Collections.newSetFromMap(new IdentityHashMap<>()));
    return found;
  }

  private static void collectHooks(
      List<PyValue> bases, List<SubclassHook> found, Set<Object> seen) {
    for (PyValue b : bases) {
      if (!seen.add(b)) {
        continue;
      }
      if (b instanceof SubclassHook h) {
        found.add(h);
      } else if (b instanceof PyClass c) {
        collectHooks(c.bases(), found, seen);
      }
    }
  }
}
