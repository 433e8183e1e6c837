package migrationtutor.engine.pyeval;

import java.util.Iterator;
import java.util.List;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Stmt;

/**
 * Executes statements. Control flow (break, continue, return) is returned as a {@link Completion};
 * exceptions are Java exceptions, located at the innermost statement when no expression located
 * them first.
 */
final class StmtExecutor {
  private final Runtime rt;
  private final CompoundStatements compound;

  StmtExecutor(Runtime rt) {
    this.rt = rt;
    this.compound = new CompoundStatements(rt, this);
  }

  Completion execBlock(List<Stmt> body, Scope s) {
    for (Stmt stmt : body) {
      Completion c = exec(stmt, s);
      if (c != Completion.NORMAL) {
        return c;
      }
    }
    return Completion.NORMAL;
  }

  Completion exec(Stmt stmt, Scope s) {
    rt.tick(stmt.span(), s);
    try {
      return execNode(stmt, s);
    } catch (PyException ex) {
      throw ex.locate(stmt.span(), s.file(), s.function);
    } catch (EvalLimitError | SubsetError ex) {
      throw ex;
    } catch (HostError ex) {
      throw ex.locate(stmt.span(), s.file(), s.function);
    } catch (StackOverflowError ex) {
      throw Runtime.recursionError().locate(stmt.span(), s.file(), s.function);
    } catch (RuntimeException ex) {
      throw Runtime.internal(ex).locate(stmt.span(), s.file(), s.function);
    }
  }

  private Completion execNode(Stmt stmt, Scope s) {
    if (stmt instanceof Stmt.ExprStmt e) {
      rt.exprs.eval(e.value(), s);
    } else if (stmt instanceof Stmt.Assign a) {
      PyValue v = rt.exprs.eval(a.value(), s);
      for (Expr target : a.targets()) {
        Assigner.assign(rt, target, v, s);
      }
    } else if (stmt instanceof Stmt.AugAssign a) {
      augAssign(a, s);
    } else if (stmt instanceof Stmt.AnnAssign a) {
      annAssign(a, s);
    } else if (stmt instanceof Stmt.If i) {
      List<Stmt> branch =
          rt.truth(rt.exprs.eval(i.test(), s), i.test().span(), s) ? i.body() : i.orelse();
      return execBlock(branch, s);
    } else if (stmt instanceof Stmt.Return r) {
      if (s.kind == Scope.Kind.MODULE || s.kind == Scope.Kind.CLASS) {
        throw new PyException("SyntaxError", "'return' outside function");
      }
      s.returnValue = r.value() == null ? PyNone.NONE : rt.exprs.eval(r.value(), s);
      return Completion.RETURN;
    } else if (stmt instanceof Stmt.FunctionDef f) {
      s.store(f.name(), Definitions.function(rt, f, s));
    } else if (stmt instanceof Stmt.With w) {
      return compound.with(w, 0, s);
    } else if (stmt instanceof Stmt.For f) {
      return forLoop(f, s);
    } else if (stmt instanceof Stmt.While w) {
      return whileLoop(w, s);
    } else if (stmt instanceof Stmt.Try t) {
      return compound.tryStmt(t, s);
    } else if (stmt instanceof Stmt.Import i) {
      Imports.importNames(rt, i, s);
    } else if (stmt instanceof Stmt.ImportFrom i) {
      Imports.importFrom(rt, i, s);
    } else if (stmt instanceof Stmt.ClassDef c) {
      s.store(c.name(), Definitions.classDef(rt, c, s));
    } else if (stmt instanceof Stmt.Break) {
      return Completion.BREAK;
    } else if (stmt instanceof Stmt.Continue) {
      return Completion.CONTINUE;
    } else if (stmt instanceof Stmt.Raise r) {
      compound.raise(r, s);
    } else if (stmt instanceof Stmt.Assert a) {
      if (!rt.truth(rt.exprs.eval(a.test(), s), a.test().span(), s)) {
        String msg = a.msg() == null ? null : rt.exprs.eval(a.msg(), s).str();
        throw new PyException("AssertionError", msg);
      }
    } else if (stmt instanceof Stmt.Delete d) {
      for (Expr target : d.targets()) {
        delete(target, s);
      }
    }
    // Pass, Global and Nonlocal do nothing at run time (declarations are in ScopeInfo).
    return Completion.NORMAL;
  }

  private void augAssign(Stmt.AugAssign a, Scope s) {
    Expr target = a.target();
    if (target instanceof Expr.Name n) {
      PyValue cur = s.load(n.id(), rt.builtins);
      s.store(n.id(), rt.ops.inPlace(a.op(), cur, rt.exprs.eval(a.value(), s)));
    } else if (target instanceof Expr.Attribute at) {
      PyValue obj = rt.exprs.eval(at.value(), s);
      PyValue cur = rt.attribute(obj, at.attr());
      rt.setAttribute(obj, at.attr(), rt.ops.inPlace(a.op(), cur, rt.exprs.eval(a.value(), s)));
    } else if (target instanceof Expr.Subscript sub && !(sub.slice() instanceof Expr.Slice)) {
      PyValue obj = rt.exprs.eval(sub.value(), s);
      PyValue key = rt.exprs.eval(sub.slice(), s);
      PyValue cur = Subscripts.get(rt, obj, key);
      Subscripts.set(rt, obj, key, rt.ops.inPlace(a.op(), cur, rt.exprs.eval(a.value(), s)));
    } else {
      throw new PyException("SyntaxError", "illegal expression for augmented assignment");
    }
  }

  private void annAssign(Stmt.AnnAssign a, Scope s) {
    if (a.value() != null) {
      Assigner.assign(rt, a.target(), rt.exprs.eval(a.value(), s), s);
    }
    // CPython evaluates annotations of simple names in module and class bodies only, into
    // __annotations__; an annotation naming something unknown must not stop the script.
    if (a.simple()
        && a.target() instanceof Expr.Name n
        && (s.kind == Scope.Kind.MODULE || s.kind == Scope.Kind.CLASS)) {
      PyValue ann;
      try {
        ann = rt.exprs.eval(a.annotation(), s);
      } catch (PyException ex) {
        ann = new PyUnknown("annotation of " + n.id());
      }
      PyValue dict = s.vars.get("__annotations__");
      if (!(dict instanceof PyDict)) {
        dict = new PyDict();
        s.vars.put("__annotations__", dict);
      }
      ((PyDict) dict).entries().put(new PyStr(n.id()), ann);
      s.annotations.put(n.id(), a.annotation());
    }
  }

  private Completion forLoop(Stmt.For f, Scope s) {
    Iterator<PyValue> it = Iteration.iterate(rt, rt.exprs.eval(f.iter(), s));
    while (it.hasNext()) {
      rt.tick(f.span(), s);
      Assigner.assign(rt, f.target(), it.next(), s);
      Completion c = execBlock(f.body(), s);
      if (c == Completion.BREAK) {
        return Completion.NORMAL;
      }
      if (c == Completion.RETURN) {
        return c;
      }
    }
    return execBlock(f.orelse(), s);
  }

  private Completion whileLoop(Stmt.While w, Scope s) {
    while (rt.truth(rt.exprs.eval(w.test(), s), w.test().span(), s)) {
      Completion c = execBlock(w.body(), s);
      if (c == Completion.BREAK) {
        return Completion.NORMAL;
      }
      if (c == Completion.RETURN) {
        return c;
      }
    }
    return execBlock(w.orelse(), s);
  }

  private void delete(Expr target, Scope s) {
    if (target instanceof Expr.Name n) {
      s.delete(n.id());
    } else if (target instanceof Expr.Tuple t) {
      t.elts().forEach(x -> delete(x, s));
    } else if (target instanceof Expr.List l) {
      l.elts().forEach(x -> delete(x, s));
    } else if (target instanceof Expr.Subscript sub) {
      PyValue obj = rt.exprs.eval(sub.value(), s);
      if (sub.slice() instanceof Expr.Slice sl) {
        Subscripts.deleteSlice(
            rt, obj, part(sl.lower(), s), part(sl.upper(), s), part(sl.step(), s));
      } else {
        Subscripts.delete(rt, obj, rt.exprs.eval(sub.slice(), s));
      }
    } else if (target instanceof Expr.Attribute a) {
      PyValue obj = rt.exprs.eval(a.value(), s);
      if (!(obj instanceof PyUnknown)) {
        throw PyException.attributeError(
            "'" + obj.typeName() + "' object attribute '" + a.attr() + "' cannot be deleted");
      }
    } else {
      throw new PyException("SyntaxError", "cannot delete expression");
    }
  }

  private PyValue part(Expr e, Scope s) {
    return e == null ? PyNone.NONE : rt.exprs.eval(e, s);
  }
}
