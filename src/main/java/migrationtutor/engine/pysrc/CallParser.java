package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/** Parses the trailers of a primary: call arguments and subscripts with slices. */
final class CallParser {
  private final ExprParser p;
  private final Tokens t;

  CallParser(ExprParser parser) {
    this.p = parser;
    this.t = parser.t;
  }

  /** {@code func(args)}, with CPython's checks on the order of arguments. */
  Expr call(Expr func, Token funcStart) {
    Token open = t.expect("(");
    List<Expr> args = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    Span firstArg = null;
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    Expr genexp = null;
    int count = 0;
    // CPython finds bad argument order only after the whole list, so it reports at its end.
    String orderError = null;
    while (!t.atOp(")")) {
      Token start = t.peek();
      if (firstArg == null) {
        firstArg = start.span();
      }
      count++;
      if (t.atOp("*")) {
        t.next();
        Expr value = p.expression();
        if (sawDoubleStar) {
          throw t.error(firstArg, "iterable argument unpacking follows keyword argument unpacking");
        }
        args.add(new Expr.Starred(t.spanFrom(start), value));
      } else if (t.atOp("**")) {
        t.next();
        Expr value = p.expression();
        keywords.add(new Keyword(t.spanFrom(start), null, value));
        sawDoubleStar = true;
      } else if (Tokens.isIdentifier(start) && t.peek(1).isOp("=")) {
        t.next();
        t.next();
        Expr value = p.expression();
        keywords.add(new Keyword(t.spanFrom(start), start.text(), value));
        sawKeyword = true;
      } else {
        Expr arg = p.namedExpression();
        if (t.atOp("=")) {
          throw badKeyword(arg);
        }
        if (p.atoms.isComprehensionStart()) {
          List<Comprehension> gens = p.atoms.comprehensions();
          arg = new Expr.GeneratorExp(t.spanFrom(start), arg, gens);
          genexp = arg;
        }
        if (orderError == null && sawDoubleStar) {
          orderError = "positional argument follows keyword argument unpacking";
        } else if (orderError == null && sawKeyword) {
          orderError = "positional argument follows keyword argument";
        }
        args.add(arg);
      }
      if (!t.accept(",")) {
        break;
      }
    }
    if (genexp != null && count > 1) {
      throw t.error(genexp.span(), "Generator expression must be parenthesized");
    }
    if (orderError != null) {
      throw t.error(t.peek(), orderError);
    }
    p.expectCloser(")");
    if (genexp != null) {
      // A lone generator argument takes the call's parentheses as its own, as in CPython.
      Expr.GeneratorExp g = (Expr.GeneratorExp) genexp;
      args.set(0, new Expr.GeneratorExp(t.spanFrom(open), g.elt(), g.generators()));
    }
    return new Expr.Call(t.spanFrom(funcStart), func, args, keywords);
  }

  /** CPython's invalid_kwarg: {@code f(True=1)} and {@code f(a.b=1)}. */
  private PySyntaxError badKeyword(Expr arg) {
    if (arg instanceof Expr.Constant c
        && (c.kind() == Expr.Constant.Kind.TRUE
            || c.kind() == Expr.Constant.Kind.FALSE
            || c.kind() == Expr.Constant.Kind.NONE)) {
      return t.error(arg.span(), "cannot assign to " + c.source());
    }
    return t.error(arg.span(), "expression cannot contain assignment, perhaps you meant \"==\"?");
  }

  /** {@code value[slices]}; several slices make a Tuple, as in CPython. */
  Expr subscript(Expr value, Token valueStart) {
    t.expect("[");
    Token firstTok = t.peek();
    Expr first = slice();
    Expr index = first;
    if (t.atOp(",")) {
      List<Expr> elts = new ArrayList<>(List.of(first));
      while (t.accept(",")) {
        if (t.atOp("]")) {
          break;
        }
        elts.add(slice());
      }
      index = new Expr.Tuple(t.spanFrom(firstTok), elts);
    }
    p.expectCloser("]");
    return new Expr.Subscript(t.spanFrom(valueStart), value, index);
  }

  /** One slice: {@code [lower]:[upper][:[step]]}, a starred expression, or an expression. */
  private Expr slice() {
    Token start = t.peek();
    if (t.atOp("*")) {
      return p.starExpression();
    }
    Expr lower = null;
    if (!t.atOp(":")) {
      lower = p.namedExpression();
      if (!t.atOp(":")) {
        return lower;
      }
    }
    t.next();
    Expr upper = null;
    if (!t.atOp(":") && !t.atOp(",") && !t.atOp("]")) {
      upper = p.expression();
    }
    Expr step = null;
    if (t.accept(":")) {
      if (!t.atOp(",") && !t.atOp("]")) {
        step = p.expression();
      }
    }
    return new Expr.Slice(t.spanFrom(start), lower, upper, step);
  }
}
