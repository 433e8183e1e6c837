package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code [async] with} statements, including the parenthesized form of Python 3.9+. */
final class WithParser {
  private WithParser() {}

  static Stmt parse(BlockParser b, Token start, boolean isAsync) {
    Tokens t = b.t;
    t.expect("with");
    List<WithItem> items = new ArrayList<>();
    if (t.atOp("(") && closesBeforeColon(t)) {
      t.next();
      do {
        if (t.atOp(")") && !items.isEmpty()) {
          break;
        }
        items.add(item(b));
      } while (t.accept(","));
      b.e.expectCloser(")");
    } else {
      do {
        items.add(item(b));
      } while (t.accept(","));
    }
    b.compound.colon();
    b.enterBlocks(items.size(), start);
    List<Stmt> body = b.block("'with' statement", start.line());
    b.leaveBlocks(items.size());
    return new Stmt.With(t.spanFrom(start), items, body, isAsync);
  }

  /** Whether the '(' that is next is closed by a ')' directly followed by ':'. */
  private static boolean closesBeforeColon(Tokens t) {
    int depth = 0;
    for (int k = 0; ; k++) {
      Token tok = t.peek(k);
      if (tok.kind() == TokenKind.ENDMARKER || tok.kind() == TokenKind.NEWLINE) {
        return false;
      }
      if (tok.isOp("(") || tok.isOp("[") || tok.isOp("{")) {
        depth++;
      } else if (tok.isOp(")") || tok.isOp("]") || tok.isOp("}")) {
        depth--;
        if (depth == 0) {
          return t.peek(k + 1).isOp(":");
        }
      }
    }
  }

  private static WithItem item(BlockParser b) {
    Tokens t = b.t;
    Expr context = b.e.expression();
    Expr target = null;
    if (t.accept("as")) {
      target = b.e.atoms.targetItem();
      Targets.check(t, target, Targets.Kind.ASSIGN);
    }
    return new WithItem(t.spanFrom(context.span()), context, target);
  }
}
