package migrationtutor.engine.pysrc;

/**
 * Checks assignment, deletion and loop targets the way CPython 3.11 reports bad ones
 * (_PyPegen_get_invalid_target and _PyPegen_get_expr_name).
 */
final class Targets {
  private Targets() {}

  /** What the target is for, which changes the wording and what may be starred. */
  enum Kind {
    ASSIGN,
    FOR,
    DELETE
  }

  static boolean isSoftKeyword(String name) {
    return name.equals("match") || name.equals("case") || name.equals("_");
  }

  /** Throws CPython's "cannot assign to X" / "cannot delete X" if target is not valid. */
  static void check(Tokens t, Expr target, Kind kind) {
    Expr bad = invalidTarget(target, kind);
    if (bad != null) {
      String verb = kind == Kind.DELETE ? "cannot delete " : "cannot assign to ";
      throw t.error(bad.span(), verb + describe(bad));
    }
  }

  /** The first sub-expression that cannot be a target, or null if target is valid. */
  static Expr invalidTarget(Expr e, Kind kind) {
    if (e instanceof Expr.List l) {
      return firstInvalid(l.elts(), kind);
    }
    if (e instanceof Expr.Tuple tu) {
      return firstInvalid(tu.elts(), kind);
    }
    if (e instanceof Expr.Starred s) {
      return kind == Kind.DELETE ? e : invalidTarget(s.value(), kind);
    }
    if (e instanceof Expr.Compare c) {
      // "a in b" in "for a in b" parses as a comparison; CPython looks at its left side.
      if (kind == Kind.FOR) {
        return c.ops().get(0) == CompareOperator.IN ? invalidTarget(c.left(), kind) : null;
      }
      return e;
    }
    if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
      return null;
    }
    return e;
  }

  private static Expr firstInvalid(java.util.List<Expr> elts, Kind kind) {
    for (Expr elt : elts) {
      Expr bad = invalidTarget(elt, kind);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  /** CPython's _PyPegen_get_expr_name: how messages name a kind of expression. */
  static String describe(Expr e) {
    if (e instanceof Expr.Constant c) {
      return switch (c.kind()) {
        case NONE -> "None";
        case TRUE -> "True";
        case FALSE -> "False";
        case ELLIPSIS -> "ellipsis";
        default -> "literal";
      };
    }
    if (e instanceof Expr.Attribute) {
      return "attribute";
    } else if (e instanceof Expr.Subscript) {
      return "subscript";
    } else if (e instanceof Expr.Starred) {
      return "starred";
    } else if (e instanceof Expr.Name) {
      return "name";
    } else if (e instanceof Expr.List) {
      return "list";
    } else if (e instanceof Expr.Tuple) {
      return "tuple";
    } else if (e instanceof Expr.Lambda) {
      return "lambda";
    } else if (e instanceof Expr.Call) {
      return "function call";
    } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
      return "expression";
    } else if (e instanceof Expr.GeneratorExp) {
      return "generator expression";
    } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
      return "yield expression";
    } else if (e instanceof Expr.Await) {
      return "await expression";
    } else if (e instanceof Expr.ListComp) {
      return "list comprehension";
    } else if (e instanceof Expr.SetComp) {
      return "set comprehension";
    } else if (e instanceof Expr.DictComp) {
      return "dict comprehension";
    } else if (e instanceof Expr.Dict) {
      return "dict literal";
    } else if (e instanceof Expr.Set) {
      return "set display";
    } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
      return "f-string expression";
    } else if (e instanceof Expr.Compare) {
      return "comparison";
    } else if (e instanceof Expr.IfExp) {
      return "conditional expression";
    } else if (e instanceof Expr.NamedExpr) {
      return "named expression";
    }
    return "expression";
  }

  /** Whether e may be the target of an augmented or annotated assignment. */
  static boolean isSingleTarget(Expr e) {
    return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
  }
}
