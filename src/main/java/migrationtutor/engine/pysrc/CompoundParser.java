package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/** Parses compound statements: if, while, for, try, with, def, class and decorators. */
final class CompoundParser {
  private final BlockParser b;
  private final Tokens t;
  private final ExprParser e;

  CompoundParser(BlockParser blocks) {
    this.b = blocks;
    this.t = blocks.t;
    this.e = blocks.e;
  }

  boolean starts(Token tok) {
    return switch (tok.text()) {
      case "if", "while", "for", "try", "with", "def", "class" -> true;
      case "async" -> t.peek(1).is("def") || t.peek(1).is("with") || t.peek(1).is("for");
      default -> false;
    };
  }

  Stmt statement() {
    Token start = t.peek();
    boolean isAsync = false;
    if (start.text().equals("async")) {
      t.next();
      isAsync = true;
    }
    return switch (t.peek().text()) {
      case "if" -> ifStatement("if");
      case "while" -> whileStatement();
      case "for" -> forStatement(start, isAsync);
      case "try" -> TryParser.parse(b, start);
      case "with" -> WithParser.parse(b, start, isAsync);
      case "def" -> functionDef(start, isAsync, List.of());
      default -> classDef(List.of());
    };
  }

  /** The ':' after a header: CPython says "expected ':'" when the line ends there. */
  void colon() {
    if (t.atOp(":")) {
      t.next();
      return;
    }
    if (t.peek().kind() == TokenKind.NEWLINE) {
      throw t.error(t.peek(), "expected ':'");
    }
    throw e.unexpected();
  }

  /** A condition, with CPython's hint for '=' written instead of '=='. */
  private Expr condition() {
    Expr test = e.namedExpression();
    if (t.atOp("=")) {
      if (test instanceof Expr.Name) {
        throw t.error(test.span(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      throw t.error(
          test.span(),
          "cannot assign to "
              + Targets.describe(test)
              + " here. Maybe you meant '==' instead of '='?");
    }
    return test;
  }

  /** {@code if} or {@code elif} (which is an If in the orelse of the previous one). */
  private Stmt ifStatement(String keyword) {
    Token start = t.expect(keyword);
    Expr test = condition();
    colon();
    List<Stmt> body = b.block("'" + keyword + "' statement", start.line());
    List<Stmt> orelse = List.of();
    if (t.atKeyword("elif")) {
      orelse = List.of(ifStatement("elif"));
    } else if (t.atKeyword("else")) {
      orelse = elseBlock();
    }
    return new Stmt.If(t.spanFrom(start), test, body, orelse);
  }

  /** {@code else: block}; 'else' takes a forced ':' in CPython's grammar. */
  List<Stmt> elseBlock() {
    Token kw = t.expect("else");
    t.expectNamed(":");
    return b.block("'else' statement", kw.line());
  }

  private Stmt whileStatement() {
    Token start = t.expect("while");
    Expr test = condition();
    colon();
    b.enterBlocks(1, start);
    List<Stmt> body = b.block("'while' statement", start.line());
    b.leaveBlocks(1);
    List<Stmt> orelse = t.atKeyword("else") ? elseBlock() : List.of();
    return new Stmt.While(t.spanFrom(start), test, body, orelse);
  }

  private Stmt forStatement(Token start, boolean isAsync) {
    t.expect("for");
    Expr target = e.atoms.targetList();
    Targets.check(t, target, Targets.Kind.FOR);
    t.expect("in");
    Expr iter = e.starExpressions();
    colon();
    b.enterBlocks(1, start);
    List<Stmt> body = b.block("'for' statement", start.line());
    b.leaveBlocks(1);
    List<Stmt> orelse = t.atKeyword("else") ? elseBlock() : List.of();
    return new Stmt.For(t.spanFrom(start), target, iter, body, orelse, isAsync);
  }

  /** Decorators, then the def or class they decorate. */
  Stmt decorated() {
    List<Expr> decorators = new ArrayList<>();
    while (t.atOp("@")) {
      t.next();
      decorators.add(e.namedExpression());
      if (t.peek().kind() != TokenKind.NEWLINE) {
        throw e.unexpected();
      }
      t.next();
    }
    Token start = t.peek();
    if (start.is("class")) {
      return classDef(decorators);
    }
    boolean isAsync = t.accept("async");
    if (!t.atKeyword("def")) {
      throw t.invalidSyntax(t.peek());
    }
    return functionDef(start, isAsync, decorators);
  }

  private Stmt functionDef(Token start, boolean isAsync, List<Expr> decorators) {
    t.expect("def");
    Token name = t.expectIdentifier();
    t.expectNamed("(");
    Params params = e.params.defParams();
    e.expectCloser(")");
    Expr returns = t.accept("->") ? e.expression() : null;
    t.expectNamed(":");
    int saved = b.enterScope();
    List<Stmt> body = b.block("function definition", start.line());
    b.leaveScope(saved);
    return new Stmt.FunctionDef(
        t.spanFrom(start), name.text(), params, decorators, returns, body, isAsync);
  }

  private Stmt classDef(List<Expr> decorators) {
    Token start = t.expect("class");
    Token name = t.expectIdentifier();
    List<Expr> bases = List.of();
    List<Keyword> keywords = List.of();
    if (t.atOp("(")) {
      Expr.Call call = (Expr.Call) e.calls.call(new Expr.Name(name.span(), name.text()), name);
      bases = call.args();
      keywords = call.keywords();
    }
    colon();
    int saved = b.enterScope();
    List<Stmt> body = b.block("class definition", start.line());
    b.leaveScope(saved);
    return new Stmt.ClassDef(t.spanFrom(start), name.text(), bases, keywords, decorators, body);
  }
}
