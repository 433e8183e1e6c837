package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/** Parses simple statements: the lines that are not blocks, joined by semicolons. */
final class StmtParser {
  private final Tokens t;
  private final ExprParser e;

  StmtParser(Tokens tokens, ExprParser exprs) {
    this.t = tokens;
    this.e = exprs;
  }

  /** simple_stmts: simple statements separated by ';' up to the NEWLINE. */
  List<Stmt> simpleStatements() {
    List<Stmt> stmts = new ArrayList<>();
    while (true) {
      stmts.add(simple());
      if (!t.atOp(";")) {
        break;
      }
      t.next();
      if (t.peek().kind() == TokenKind.NEWLINE) {
        break;
      }
    }
    if (t.peek().kind() != TokenKind.NEWLINE) {
      throw e.unexpected();
    }
    t.next();
    return stmts;
  }

  private Stmt simple() {
    Token start = t.peek();
    if (start.kind() == TokenKind.NAME) {
      switch (start.text()) {
        case "pass":
          t.next();
          return new Stmt.Pass(start.span());
        case "break":
          t.next();
          return new Stmt.Break(start.span());
        case "continue":
          t.next();
          return new Stmt.Continue(start.span());
        case "return":
          t.next();
          Expr value = startsValue() ? e.starExpressions() : null;
          return new Stmt.Return(t.spanFrom(start), value);
        case "raise":
          return raise();
        case "global":
        case "nonlocal":
          return names();
        case "del":
          return delete();
        case "assert":
          t.next();
          Expr test = e.expression();
          Expr msg = t.accept(",") ? e.expression() : null;
          return new Stmt.Assert(t.spanFrom(start), test, msg);
        case "import":
          return ImportParser.importName(t);
        case "from":
          return ImportParser.importFrom(t);
        default:
          break;
      }
    }
    return new AssignParser(t, e).assignmentOrExpression();
  }

  private boolean startsValue() {
    return ExprParser.startsExpression(t.peek()) || t.atOp("*");
  }

  private Stmt raise() {
    Token start = t.next();
    if (!ExprParser.startsExpression(t.peek())) {
      return new Stmt.Raise(start.span(), null, null);
    }
    Expr exc = e.expression();
    Expr cause = t.accept("from") ? e.expression() : null;
    return new Stmt.Raise(t.spanFrom(start), exc, cause);
  }

  private Stmt names() {
    Token start = t.next();
    List<String> names = new ArrayList<>();
    do {
      names.add(t.expectIdentifier().text());
    } while (t.accept(","));
    Span span = t.spanFrom(start);
    return start.text().equals("global")
        ? new Stmt.Global(span, names)
        : new Stmt.Nonlocal(span, names);
  }

  private Stmt delete() {
    Token start = t.next();
    Token first = t.peek();
    Expr targets = e.starExpressions();
    Targets.check(t, targets, Targets.Kind.DELETE);
    List<Expr> list;
    boolean parenthesized =
        first.isOp("(")
            && targets.span().column() == first.col()
            && targets.span().line() == first.line();
    if (targets instanceof Expr.Tuple tuple && !parenthesized) {
      list = tuple.elts();
    } else {
      list = List.of(targets);
    }
    return new Stmt.Delete(t.spanFrom(start), list);
  }
}
