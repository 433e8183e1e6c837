package migrationtutor.engine.pysrc;

import java.util.List;

/**
 * A Python statement: one record per kind of CPython {@code stmt} node, with the same names and
 * fields. Nullable fields say so; every list is unmodifiable. An {@code elif} is an If alone in the
 * orelse of the If before it, as in CPython. The span of a decorated def or class starts at {@code
 * def}/{@code class}, as in CPython.
 */
public sealed interface Stmt extends Node {

  /** {@code import a.b as c, d}. */
  record Import(Span span, List<Alias> names) implements Stmt {
    public Import {
      Checks.req(span);
      names = Checks.list(names);
    }
  }

  /** {@code from ..module import names}; module is null for {@code from . import x}. */
  record ImportFrom(Span span, String module, List<Alias> names, int level) implements Stmt {
    public ImportFrom {
      Checks.req(span);
      names = Checks.list(names);
      if (level < 0 || (module == null && level == 0)) {
        throw new IllegalArgumentException("bad import level " + level);
      }
    }
  }

  /** {@code t1 = t2 = value}: every target in order. */
  record Assign(Span span, List<Expr> targets, Expr value) implements Stmt {
    public Assign {
      Checks.req(span, value);
      targets = Checks.list(targets);
    }
  }

  /** {@code target op= value}. */
  record AugAssign(Span span, Expr target, BinaryOperator op, Expr value) implements Stmt {
    public AugAssign {
      Checks.req(span, target, op, value);
    }
  }

  /**
   * {@code target: annotation = value}; value is null without {@code =}; simple is true for a bare
   * name target not in parentheses, as CPython's {@code simple}.
   */
  record AnnAssign(Span span, Expr target, Expr annotation, Expr value, boolean simple)
      implements Stmt {
    public AnnAssign {
      Checks.req(span, target, annotation);
    }
  }

  /** An expression used as a statement, such as a call or a docstring. */
  record ExprStmt(Span span, Expr value) implements Stmt {
    public ExprStmt {
      Checks.req(span, value);
    }
  }

  /** {@code pass}. */
  record Pass(Span span) implements Stmt {
    public Pass {
      Checks.req(span);
    }
  }

  /** {@code break}. */
  record Break(Span span) implements Stmt {
    public Break {
      Checks.req(span);
    }
  }

  /** {@code continue}. */
  record Continue(Span span) implements Stmt {
    public Continue {
      Checks.req(span);
    }
  }

  /** {@code return value}; value is null for a bare return. */
  record Return(Span span, Expr value) implements Stmt {
    public Return {
      Checks.req(span);
    }
  }

  /** {@code raise exc from cause}; both are null for a bare raise. */
  record Raise(Span span, Expr exc, Expr cause) implements Stmt {
    public Raise {
      Checks.req(span);
    }
  }

  /** {@code global a, b}. */
  record Global(Span span, List<String> names) implements Stmt {
    public Global {
      Checks.req(span);
      names = Checks.list(names);
    }
  }

  /** {@code nonlocal a, b}. */
  record Nonlocal(Span span, List<String> names) implements Stmt {
    public Nonlocal {
      Checks.req(span);
      names = Checks.list(names);
    }
  }

  /** {@code del a, b[1]}. */
  record Delete(Span span, List<Expr> targets) implements Stmt {
    public Delete {
      Checks.req(span);
      targets = Checks.list(targets);
    }
  }

  /** {@code assert test, msg}; msg is null when absent. */
  record Assert(Span span, Expr test, Expr msg) implements Stmt {
    public Assert {
      Checks.req(span, test);
    }
  }

  /** {@code if test: body else: orelse}; an elif is a lone If in orelse. */
  record If(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    public If {
      Checks.req(span, test);
      body = Checks.list(body);
      orelse = Checks.list(orelse);
    }
  }

  /** {@code while test: body else: orelse}. */
  record While(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    public While {
      Checks.req(span, test);
      body = Checks.list(body);
      orelse = Checks.list(orelse);
    }
  }

  /** {@code [async] for target in iter: body else: orelse}. */
  record For(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
      implements Stmt {
    public For {
      Checks.req(span, target, iter);
      body = Checks.list(body);
      orelse = Checks.list(orelse);
    }
  }

  /** {@code try/except/else/finally}; star is true for {@code except*} (CPython's TryStar). */
  record Try(
      Span span,
      List<Stmt> body,
      List<ExceptHandler> handlers,
      List<Stmt> orelse,
      List<Stmt> finalbody,
      boolean star)
      implements Stmt {
    public Try {
      Checks.req(span);
      body = Checks.list(body);
      handlers = Checks.list(handlers);
      orelse = Checks.list(orelse);
      finalbody = Checks.list(finalbody);
    }
  }

  /** {@code [async] with a as b, c: body}. */
  record With(Span span, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
    public With {
      Checks.req(span);
      items = Checks.list(items);
      body = Checks.list(body);
    }
  }

  /** {@code [async] def name(params) -> returns: body}; returns is null without {@code ->}. */
  record FunctionDef(
      Span span,
      String name,
      Params params,
      List<Expr> decorators,
      Expr returns,
      List<Stmt> body,
      boolean isAsync)
      implements Stmt {
    public FunctionDef {
      Checks.req(span, params);
      Checks.name(name);
      decorators = Checks.list(decorators);
      body = Checks.list(body);
    }

    /** The decoded docstring, or null when the body does not start with a string. */
    public String docstring() {
      return Docstrings.of(body);
    }
  }

  /** {@code class name(bases, keywords): body}. */
  record ClassDef(
      Span span,
      String name,
      List<Expr> bases,
      List<Keyword> keywords,
      List<Expr> decorators,
      List<Stmt> body)
      implements Stmt {
    public ClassDef {
      Checks.req(span);
      Checks.name(name);
      bases = Checks.list(bases);
      keywords = Checks.list(keywords);
      decorators = Checks.list(decorators);
      body = Checks.list(body);
    }

    /** The decoded docstring, or null when the body does not start with a string. */
    public String docstring() {
      return Docstrings.of(body);
    }
  }
}
