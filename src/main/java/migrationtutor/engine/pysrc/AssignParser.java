package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a statement that starts with an expression: an expression statement, an assignment
 * (chained), an augmented assignment or an annotated assignment, with CPython 3.11's
 * invalid_assignment and invalid_named_expression messages for bad targets.
 */
final class AssignParser {
  private final Tokens t;
  private final ExprParser e;

  AssignParser(Tokens tokens, ExprParser exprs) {
    this.t = tokens;
    this.e = exprs;
  }

  Stmt assignmentOrExpression() {
    Token start = t.peek();
    Expr first = value();
    if (t.atOp(":")) {
      return annotated(start, first);
    }
    BinaryOperator aug =
        t.peek().kind() == TokenKind.OP ? Operators.augmented(t.peek().text()) : null;
    if (aug != null) {
      if (!Targets.isSingleTarget(first)) {
        throw t.error(
            first.span(),
            "'" + Targets.describe(first) + "' is an illegal expression for augmented assignment");
      }
      t.next();
      Expr value = value();
      return new Stmt.AugAssign(t.spanFrom(start), first, aug, value);
    }
    if (!t.atOp("=")) {
      return new Stmt.ExprStmt(t.spanFrom(start), first);
    }
    List<Expr> chain = new ArrayList<>(List.of(first));
    while (t.accept("=")) {
      chain.add(value());
    }
    List<Expr> targets = chain.subList(0, chain.size() - 1);
    Expr value = chain.get(chain.size() - 1);
    for (Expr target : targets) {
      checkTarget(target, targets.size() == 1, value);
    }
    return new Stmt.Assign(t.spanFrom(start), targets, value);
  }

  private Expr value() {
    return t.atKeyword("yield") ? e.yieldExpr() : e.starExpressions();
  }

  /**
   * CPython words a bad target written right before the only '=' as a likely typo for '=='
   * (invalid_named_expression), and any other bad target plainly (invalid_assignment).
   */
  private void checkTarget(Expr target, boolean onlyTarget, Expr value) {
    if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
      throw t.error(target.span(), "assignment to yield expression not possible");
    }
    Expr bad = Targets.invalidTarget(target, Targets.Kind.ASSIGN);
    if (bad == null) {
      return;
    }
    boolean endsTarget =
        bad.span().endLine() == target.span().endLine()
            && bad.span().endColumn() == target.span().endColumn();
    boolean typo =
        onlyTarget
            && endsTarget
            && !(bad instanceof Expr.List)
            && !(bad instanceof Expr.Tuple)
            && !(bad instanceof Expr.GeneratorExp)
            && !isKeywordConstant(bad)
            && startsWithBitwiseOr(value)
            && !(bad instanceof Expr.Starred);
    String what = Targets.describe(bad);
    if (typo) {
      throw t.error(
          bad.span(), "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?");
    }
    throw t.error(bad.span(), "cannot assign to " + what);
  }

  private static boolean isKeywordConstant(Expr e) {
    return e instanceof Expr.Constant c
        && (c.kind() == Expr.Constant.Kind.TRUE
            || c.kind() == Expr.Constant.Kind.FALSE
            || c.kind() == Expr.Constant.Kind.NONE);
  }

  /** Whether the value's text begins with a bitwise_or (not with not, lambda, yield or *). */
  private static boolean startsWithBitwiseOr(Expr value) {
    Expr v = value;
    while (true) {
      if (v instanceof Expr.Tuple tu
          && !tu.elts().isEmpty()
          && tu.span().column() == tu.elts().get(0).span().column()
          && tu.span().line() == tu.elts().get(0).span().line()) {
        v = tu.elts().get(0);
      } else if (v instanceof Expr.BoolOp b) {
        v = b.values().get(0);
      } else if (v instanceof Expr.IfExp i) {
        v = i.body();
      } else {
        break;
      }
    }
    return !(v instanceof Expr.Lambda
        || v instanceof Expr.Yield
        || v instanceof Expr.YieldFrom
        || v instanceof Expr.Starred
        || (v instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NOT));
  }

  private Stmt annotated(Token start, Expr target) {
    if (target instanceof Expr.Tuple || target instanceof Expr.List) {
      throw t.error(
          target.span(),
          "only single target (not " + Targets.describe(target) + ") can be annotated");
    }
    if (!Targets.isSingleTarget(target)) {
      throw t.error(target.span(), "illegal target for annotation");
    }
    t.expect(":");
    Expr annotation = e.expression();
    Expr value = t.accept("=") ? value() : null;
    boolean simple = target instanceof Expr.Name && !start.isOp("(");
    return new Stmt.AnnAssign(t.spanFrom(start), target, annotation, value, simple);
  }
}
