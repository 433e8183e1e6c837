package migrationtutor.engine.models;

import java.util.stream.Collectors;
import migrationtutor.engine.pysrc.Expr;

/** An annotation expression written back as Python source, for messages. */
final class ExprText {
  private ExprText() {}

  static String of(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.id();
    } else if (e instanceof Expr.Attribute a) {
      return of(a.value()) + "." + a.attr();
    } else if (e instanceof Expr.Subscript s) {
      String inner =
          s.slice() instanceof Expr.Tuple t
              ? t.elts().stream().map(ExprText::of).collect(Collectors.joining(", "))
              : of(s.slice());
      return of(s.value()) + "[" + inner + "]";
    } else if (e instanceof Expr.Tuple t) {
      return t.elts().stream().map(ExprText::of).collect(Collectors.joining(", "));
    } else if (e instanceof Expr.BinOp b) {
      return of(b.left()) + " " + b.op().symbol() + " " + of(b.right());
    } else if (e instanceof Expr.Constant c) {
      return c.source();
    }
    return "...";
  }
}
