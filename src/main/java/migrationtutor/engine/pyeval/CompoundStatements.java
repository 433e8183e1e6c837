package migrationtutor.engine.pyeval;

import migrationtutor.engine.pysrc.ExceptHandler;
import migrationtutor.engine.pysrc.Stmt;
import migrationtutor.engine.pysrc.WithItem;

/** {@code with}, {@code try} and {@code raise}: the statements that handle exceptions. */
final class CompoundStatements {
  private final Runtime rt;
  private final StmtExecutor stmts;

  CompoundStatements(Runtime rt, StmtExecutor stmts) {
    this.rt = rt;
    this.stmts = stmts;
  }

  /**
   * {@code with a as x, b as y:} is {@code with a as x: with b as y:}. The manager's exit sees the
   * exception leaving the block, which then propagates (natives cannot suppress it).
   */
  Completion with(Stmt.With w, int index, Scope s) {
    if (index == w.items().size()) {
      return stmts.execBlock(w.body(), s);
    }
    WithItem item = w.items().get(index);
    PyValue manager = rt.exprs.eval(item.contextExpr(), s);
    PyValue entered;
    if (manager instanceof PyUnknown u) {
      entered = new PyUnknown(u.origin() + ".__enter__()");
    } else if (manager instanceof PyNative n) {
      entered = Subscripts.orNone(n.enter());
    } else {
      throw PyException.typeError(
          "'"
              + manager.typeName()
              + "' object does not support the "
              + (w.isAsync() ? "asynchronous " : "")
              + "context manager protocol");
    }
    if (item.optionalVars() != null) {
      Assigner.assign(rt, item.optionalVars(), entered, s);
    }
    Completion c;
    try {
      c = with(w, index + 1, s);
    } catch (PyException e) {
      if (manager instanceof PyNative n) {
        n.exit(e);
      }
      throw e;
    }
    if (manager instanceof PyNative n) {
      n.exit(null);
    }
    return c;
  }

  Completion tryStmt(Stmt.Try t, Scope s) {
    if (t.star()) {
      throw new PyException(
          "NotImplementedError", "'except*' is not supported by the tutor's evaluator");
    }
    Completion result = Completion.NORMAL;
    PyException pending = null;
    boolean bodyCompleted = false;
    try {
      result = stmts.execBlock(t.body(), s);
      bodyCompleted = true;
    } catch (PyException e) {
      ExceptHandler handler = findHandler(t, e, s);
      if (handler == null) {
        pending = e;
      } else {
        try {
          result = handle(handler, e, s);
        } catch (PyException again) {
          pending = again;
        }
      }
    }
    if (bodyCompleted && result == Completion.NORMAL) {
      try {
        result = stmts.execBlock(t.orelse(), s);
      } catch (PyException e) {
        pending = e;
      }
    }
    if (!t.finalbody().isEmpty()) {
      // A break, continue or return in finally discards the pending exception, as in Python.
      Completion f = stmts.execBlock(t.finalbody(), s);
      if (f != Completion.NORMAL) {
        return f;
      }
    }
    if (pending != null) {
      throw pending;
    }
    return result;
  }

  private Completion handle(ExceptHandler handler, PyException e, Scope s) {
    if (handler.name() != null) {
      s.store(handler.name(), e.value());
    }
    rt.handling.push(e);
    try {
      return stmts.execBlock(handler.body(), s);
    } finally {
      rt.handling.pop();
      if (handler.name() != null) {
        // CPython deletes the name at the end of the handler.
        s.vars.remove(handler.name());
      }
    }
  }

  private ExceptHandler findHandler(Stmt.Try t, PyException e, Scope s) {
    for (ExceptHandler h : t.handlers()) {
      if (h.type() == null) {
        return h;
      }
      if (matches(rt.exprs.eval(h.type(), s), e, h, s)) {
        return h;
      }
    }
    return null;
  }

  private boolean matches(PyValue type, PyException e, ExceptHandler h, Scope s) {
    if (type instanceof PyTuple tuple) {
      for (PyValue t : tuple.items()) {
        if (matches(t, e, h, s)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof PyExceptionType et) {
      return e.type().isSubtypeOf(et);
    }
    if (type instanceof PyClass c && c.exceptionType() != null) {
      return e.type().isSubtypeOf(c.exceptionType());
    }
    if (type instanceof PyUnknown u) {
      rt.note(
          s,
          h.span(),
          "the tutor cannot know whether "
              + e.pythonType()
              + " is a "
              + u.origin()
              + "; this except clause is skipped");
      return false;
    }
    throw PyException.typeError(
        "catching classes that do not inherit from BaseException is not allowed");
  }

  void raise(Stmt.Raise r, Scope s) {
    if (r.exc() == null) {
      PyException current = rt.handling.peek();
      if (current == null) {
        throw new PyException("RuntimeError", "No active exception to reraise");
      }
      throw current;
    }
    PyValue v = rt.exprs.eval(r.exc(), s);
    if (r.cause() != null) {
      rt.exprs.eval(r.cause(), s);
    }
    if (v instanceof PyExceptionType || v instanceof PyClass c && c.exceptionType() != null) {
      v = rt.call(v, Args.none());
    }
    if (v instanceof PyExceptionValue ev) {
      throw new PyException(ev);
    }
    if (v instanceof PyUnknown u) {
      throw new PyException("Exception", "an exception the tutor cannot know: " + u.origin());
    }
    throw PyException.typeError("exceptions must derive from BaseException");
  }
}
