package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses expressions, from CPython 3.11's {@code star_expressions} down to {@code primary}; atoms,
 * call arguments and parameters are parsed by helpers that call back into this class. Binary
 * operators use precedence climbing so that a long chain costs no stack.
 */
final class ExprParser {
  /** How deeply expressions may nest before the parser gives up (CPython runs out of memory). */
  static final int MAX_DEPTH = 500;

  final Tokens t;
  final AtomParser atoms;
  final CallParser calls;
  final ParamsParser params;
  private int depth;

  /** The last disjunction parsed as the body of an expression, for "forgot a comma?". */
  private Expr lastDisjunction;

  ExprParser(Tokens tokens, int initialDepth) {
    this.t = tokens;
    this.depth = initialDepth;
    this.atoms = new AtomParser(this);
    this.calls = new CallParser(this);
    this.params = new ParamsParser(this);
  }

  int depth() {
    return depth;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw t.error(t.peek(), "too many nested expressions (more than " + MAX_DEPTH + ")");
    }
  }

  private void leave() {
    depth--;
  }

  /** star_expressions: one or more (possibly starred) expressions; a tuple if commas. */
  Expr starExpressions() {
    Token start = t.peek();
    Expr first = starExpression();
    if (!t.atOp(",")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (t.accept(",")) {
      if (!startsExpression(t.peek()) && !t.atOp("*")) {
        break;
      }
      elts.add(starExpression());
    }
    return new Expr.Tuple(t.spanFrom(start), elts);
  }

  /** star_expression: {@code *bitwise_or} or an expression. */
  Expr starExpression() {
    if (t.atOp("*")) {
      Token star = t.next();
      Expr value = bitwiseOr();
      return new Expr.Starred(t.spanFrom(star), value);
    }
    return expression();
  }

  /** star_named_expression: {@code *bitwise_or} or a named expression (display elements). */
  Expr starNamedExpression() {
    if (t.atOp("*")) {
      Token star = t.next();
      Expr value = bitwiseOr();
      return new Expr.Starred(t.spanFrom(star), value);
    }
    return namedExpression();
  }

  /** named_expression: {@code NAME := expression} or an expression. */
  Expr namedExpression() {
    Token first = t.peek();
    if (Tokens.isIdentifier(first) && t.peek(1).isOp(":=")) {
      t.next();
      t.next();
      Expr target = new Expr.Name(first.span(), first.text());
      Expr value = expression();
      return new Expr.NamedExpr(t.spanFrom(first), target, value);
    }
    Expr e = expression();
    if (t.atOp(":=")) {
      throw t.error(e.span(), "cannot use assignment expressions with " + Targets.describe(e));
    }
    return e;
  }

  /** expression: a conditional expression, a lambda, or a disjunction. */
  Expr expression() {
    enter();
    try {
      if (t.atKeyword("lambda")) {
        return params.lambda();
      }
      Token start = t.peek();
      Expr body = disjunction();
      lastDisjunction = body;
      if (!t.atKeyword("if")) {
        return body;
      }
      t.next();
      Expr test = disjunction();
      if (!t.atKeyword("else")) {
        if (!t.atOp(":")) {
          throw t.error(body.span(), "expected 'else' after 'if' expression");
        }
        throw t.invalidSyntax(t.peek());
      }
      t.next();
      Expr orelse = expression();
      return new Expr.IfExp(t.spanFrom(start), test, body, orelse);
    } finally {
      leave();
    }
  }

  /** disjunction: {@code a or b or c}. */
  Expr disjunction() {
    Token start = t.peek();
    Expr first = conjunction();
    if (!t.atKeyword("or")) {
      return first;
    }
    List<Expr> values = new ArrayList<>(List.of(first));
    while (t.accept("or")) {
      values.add(conjunction());
    }
    return new Expr.BoolOp(t.spanFrom(start), BoolOperator.OR, values);
  }

  private Expr conjunction() {
    Token start = t.peek();
    Expr first = inversion();
    if (!t.atKeyword("and")) {
      return first;
    }
    List<Expr> values = new ArrayList<>(List.of(first));
    while (t.accept("and")) {
      values.add(inversion());
    }
    return new Expr.BoolOp(t.spanFrom(start), BoolOperator.AND, values);
  }

  private Expr inversion() {
    if (!t.atKeyword("not")) {
      return comparison();
    }
    Token not = t.next();
    enter();
    try {
      Expr operand = inversion();
      return new Expr.UnaryOp(t.spanFrom(not), UnaryOperator.NOT, operand);
    } finally {
      leave();
    }
  }

  private Expr comparison() {
    Token start = t.peek();
    Expr left = bitwiseOr();
    List<CompareOperator> ops = new ArrayList<>();
    List<Expr> comparators = new ArrayList<>();
    while (true) {
      CompareOperator op = compareOperator();
      if (op == null) {
        break;
      }
      ops.add(op);
      comparators.add(bitwiseOr());
    }
    if (ops.isEmpty()) {
      return left;
    }
    return new Expr.Compare(t.spanFrom(start), left, ops, comparators);
  }

  /** Consumes a comparison operator, if one is next. */
  private CompareOperator compareOperator() {
    Token tok = t.peek();
    CompareOperator op = null;
    if (tok.kind() == TokenKind.OP) {
      op =
          switch (tok.text()) {
            case "==" -> CompareOperator.EQ;
            case "!=" -> CompareOperator.NOT_EQ;
            case "<" -> CompareOperator.LT;
            case "<=" -> CompareOperator.LT_E;
            case ">" -> CompareOperator.GT;
            case ">=" -> CompareOperator.GT_E;
            default -> null;
          };
    } else if (tok.kind() == TokenKind.NAME) {
      if (tok.text().equals("in")) {
        op = CompareOperator.IN;
      } else if (tok.text().equals("is")) {
        t.next();
        return t.accept("not") ? CompareOperator.IS_NOT : CompareOperator.IS;
      } else if (tok.text().equals("not") && t.peek(1).is("in")) {
        t.next();
        t.next();
        return CompareOperator.NOT_IN;
      }
    }
    if (op != null) {
      t.next();
    }
    return op;
  }

  /** bitwise_or and everything tighter, by precedence climbing. */
  Expr bitwiseOr() {
    return binary(1);
  }

  private static int precedence(Token tok) {
    if (tok.kind() != TokenKind.OP) {
      return 0;
    }
    return switch (tok.text()) {
      case "|" -> 1;
      case "^" -> 2;
      case "&" -> 3;
      case "<<", ">>" -> 4;
      case "+", "-" -> 5;
      case "*", "/", "//", "%", "@" -> 6;
      default -> 0;
    };
  }

  private Expr binary(int minPrecedence) {
    Token start = t.peek();
    Expr left = factor();
    while (true) {
      int prec = precedence(t.peek());
      if (prec < minPrecedence || prec == 0) {
        return left;
      }
      BinaryOperator op = BinaryOperator.ofSymbol(t.next().text());
      Expr right = binary(prec + 1);
      left = new Expr.BinOp(t.spanFrom(start), left, op, right);
    }
  }

  /** factor: unary {@code + - ~} applied to a power. */
  Expr factor() {
    Token tok = t.peek();
    UnaryOperator op = null;
    if (tok.isOp("+")) {
      op = UnaryOperator.UADD;
    } else if (tok.isOp("-")) {
      op = UnaryOperator.USUB;
    } else if (tok.isOp("~")) {
      op = UnaryOperator.INVERT;
    }
    if (op == null) {
      return power();
    }
    t.next();
    enter();
    try {
      Expr operand = factor();
      return new Expr.UnaryOp(t.spanFrom(tok), op, operand);
    } finally {
      leave();
    }
  }

  private Expr power() {
    Token start = t.peek();
    Expr base = awaitPrimary();
    if (!t.atOp("**")) {
      return base;
    }
    t.next();
    enter();
    try {
      Expr exponent = factor();
      return new Expr.BinOp(t.spanFrom(start), base, BinaryOperator.POW, exponent);
    } finally {
      leave();
    }
  }

  private Expr awaitPrimary() {
    if (t.atKeyword("await")) {
      Token await = t.next();
      Expr value = primary();
      return new Expr.Await(t.spanFrom(await), value);
    }
    return primary();
  }

  /** primary: an atom followed by any number of {@code .name}, calls and subscripts. */
  Expr primary() {
    Token start = t.peek();
    Expr e = atoms.atom();
    while (true) {
      if (t.atOp(".")) {
        t.next();
        Token name = t.expectIdentifier();
        e = new Expr.Attribute(t.spanFrom(start), e, name.text());
      } else if (t.atOp("(")) {
        e = calls.call(e, start);
      } else if (t.atOp("[")) {
        e = calls.subscript(e, start);
      } else {
        return e;
      }
    }
  }

  /** yield_expr: {@code yield}, {@code yield value(s)} or {@code yield from value}. */
  Expr yieldExpr() {
    Token yield = t.expect("yield");
    if (t.accept("from")) {
      Expr value = expression();
      return new Expr.YieldFrom(t.spanFrom(yield), value);
    }
    if (!startsExpression(t.peek()) && !t.atOp("*")) {
      return new Expr.Yield(t.spanFrom(yield), null);
    }
    Expr value = starExpressions();
    return new Expr.Yield(t.spanFrom(yield), value);
  }

  /** Whether tok can begin an expression (so that, after an expression, a comma is missing). */
  static boolean startsExpression(Token tok) {
    return switch (tok.kind()) {
      case NUMBER, STRING -> true;
      case NAME ->
          !Tokens.KEYWORDS.contains(tok.text())
              || switch (tok.text()) {
                case "True", "False", "None", "not", "lambda", "await" -> true;
                default -> false;
              };
      case OP ->
          switch (tok.text()) {
            case "(", "[", "{", "-", "+", "~", "..." -> true;
            default -> false;
          };
      default -> false;
    };
  }

  /**
   * The error for an unexpected next token after an expression: CPython's "Perhaps you forgot a
   * comma?" inside brackets, "Missing parentheses in call to 'print'", else "invalid syntax".
   */
  PySyntaxError unexpected() {
    Token next = t.peek();
    Token prev = t.prev();
    Expr last = lastDisjunction;
    boolean adjacent =
        last != null
            && prev != null
            && last.span().endLine() == prev.endLine()
            && last.span().endColumn() == prev.endCol();
    if (adjacent
        && startsExpression(next)
        && !next.isOp("(")
        && !next.isOp("[")
        && !next.isOp("-")
        && !next.isOp("+")) {
      if (last instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
        return t.error(
            last.span(),
            "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
      }
      boolean nameThenString = last instanceof Expr.Name && next.kind() == TokenKind.STRING;
      boolean softKeyword = last instanceof Expr.Name n && Targets.isSoftKeyword(n.id());
      if (prev.level() > 0 && !nameThenString && !softKeyword) {
        return t.error(last.span(), "invalid syntax. Perhaps you forgot a comma?");
      }
    }
    return t.invalidSyntax(next);
  }

  /** Consumes the closing bracket, or reports what is wrong with the token found instead. */
  Token expectCloser(String closer) {
    if (!t.atOp(closer)) {
      throw unexpected();
    }
    return t.next();
  }
}
