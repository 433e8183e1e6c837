package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code try} statements with their except, except*, else and finally clauses. */
final class TryParser {
  private TryParser() {}

  static Stmt parse(BlockParser b, Token start) {
    Tokens t = b.t;
    t.expect("try");
    t.expectNamed(":");
    b.enterBlocks(1, start);
    List<Stmt> body = b.block("'try' statement", start.line());
    b.leaveBlocks(1);
    List<ExceptHandler> handlers = new ArrayList<>();
    boolean star = false;
    while (t.atKeyword("except")) {
      Token kw = t.next();
      boolean isStar = t.accept("*");
      if (!handlers.isEmpty() && isStar != star) {
        throw t.error(kw, "cannot have both 'except' and 'except*' on the same 'try'");
      }
      star = isStar;
      handlers.add(handler(b, kw, isStar));
    }
    List<Stmt> orelse = List.of();
    if (!handlers.isEmpty() && t.atKeyword("else")) {
      orelse = b.compound.elseBlock();
    }
    List<Stmt> finalbody = List.of();
    if (t.atKeyword("finally")) {
      Token kw = t.next();
      t.expectNamed(":");
      b.enterBlocks(1, kw);
      finalbody = b.block("'finally' statement", kw.line());
      b.leaveBlocks(1);
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      throw t.error(t.peek(), "expected 'except' or 'finally' block");
    }
    return new Stmt.Try(t.spanFrom(start), body, handlers, orelse, finalbody, star);
  }

  private static ExceptHandler handler(BlockParser b, Token kw, boolean star) {
    Tokens t = b.t;
    Expr type = null;
    String name = null;
    if (!t.atOp(":") && t.peek().kind() != TokenKind.NEWLINE) {
      type = b.e.expression();
      if (t.atOp(",")) {
        throw t.error(type.span(), "multiple exception types must be parenthesized");
      }
      if (t.accept("as")) {
        name = t.expectIdentifier().text();
      }
    } else if (star) {
      throw t.error(t.peek(), "expected one or more exception types");
    }
    b.compound.colon();
    b.enterBlocks(1, kw);
    String what = star ? "'except*' statement" : "'except' statement";
    List<Stmt> body = b.block(what, kw.line());
    b.leaveBlocks(1);
    return new ExceptHandler(t.spanFrom(kw), type, name, body);
  }
}
