package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the parameter lists of {@code def} and {@code lambda}, with CPython 3.11's messages for
 * parameters in the wrong order.
 */
final class ParamsParser {
  private final ExprParser p;
  private final Tokens t;

  ParamsParser(ExprParser parser) {
    this.p = parser;
    this.t = parser.t;
  }

  /** {@code lambda params: body}. */
  Expr lambda() {
    Token kw = t.expect("lambda");
    Params params = params(":", false);
    t.expect(":");
    Expr body = p.expression();
    return new Expr.Lambda(t.spanFrom(kw), params, body);
  }

  /** The parameters of a def, between the parentheses (which the caller consumes). */
  Params defParams() {
    return params(")", true);
  }

  private Params params(String closer, boolean annotations) {
    List<Param> posOnly = new ArrayList<>();
    List<Param> regular = new ArrayList<>();
    List<Param> kwOnly = new ArrayList<>();
    Param varArg = null;
    Param kwArg = null;
    boolean sawDefault = false;
    boolean sawSlash = false;
    Token star = null;
    while (!t.atOp(closer)) {
      Token tok = t.peek();
      if (kwArg != null) {
        throw t.error(tok, "arguments cannot follow var-keyword argument");
      }
      if (tok.isOp("/")) {
        if (sawSlash) {
          throw t.error(tok, "/ may appear only once");
        }
        if (star != null) {
          throw t.error(tok, "/ must be ahead of *");
        }
        if (regular.isEmpty()) {
          throw t.peek(1).isOp(",")
              ? t.error(tok, "at least one argument must precede /")
              : t.invalidSyntax(tok);
        }
        t.next();
        sawSlash = true;
        posOnly.addAll(regular);
        regular.clear();
      } else if (tok.isOp("*")) {
        if (star != null) {
          throw t.error(tok, "* argument may appear only once");
        }
        star = t.next();
        if (t.atOp(closer)) {
          throw t.error(star, "named arguments must follow bare *");
        }
        if (!t.atOp(",")) {
          varArg = param(annotations, false);
        } else if (!Tokens.isIdentifier(t.peek(1))) {
          throw t.error(star, "named arguments must follow bare *");
        }
      } else if (tok.isOp("**")) {
        t.next();
        kwArg = param(annotations, false);
      } else {
        Param param = param(annotations, true);
        if (star != null) {
          kwOnly.add(param);
        } else {
          if (param.defaultValue() != null) {
            sawDefault = true;
          } else if (sawDefault) {
            throw t.error(param.span(), "non-default argument follows default argument");
          }
          regular.add(param);
        }
      }
      if (!t.accept(",")) {
        break;
      }
    }
    if (star != null && varArg == null && kwOnly.isEmpty()) {
      throw t.error(star, "named arguments must follow bare *");
    }
    return new Params(posOnly, regular, varArg, kwOnly, kwArg);
  }

  /** {@code name[: annotation][= default]}. */
  private Param param(boolean annotations, boolean allowDefault) {
    Token name = t.expectIdentifier();
    Expr annotation = null;
    if (annotations && t.accept(":")) {
      annotation = t.atOp("*") ? p.starExpression() : p.expression();
    }
    Span span = t.spanFrom(name);
    Expr defaultValue = null;
    if (allowDefault && t.accept("=")) {
      defaultValue = p.expression();
    }
    return new Param(span, name.text(), annotation, defaultValue);
  }
}
