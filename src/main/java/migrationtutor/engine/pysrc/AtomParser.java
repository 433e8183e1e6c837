package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses CPython's {@code atom}: names, literals, and the bracketed displays (tuples, groups,
 * lists, sets, dicts and their comprehensions).
 */
final class AtomParser {
  private final ExprParser p;
  private final Tokens t;

  AtomParser(ExprParser parser) {
    this.p = parser;
    this.t = parser.t;
  }

  Expr atom() {
    Token tok = t.peek();
    switch (tok.kind()) {
      case NAME:
        return name(tok);
      case NUMBER:
        t.next();
        return NumberValue.constant(tok, t);
      case STRING:
        return StringLiterals.parse(p);
      case OP:
        switch (tok.text()) {
          case "(":
            return parenthesized();
          case "[":
            return list();
          case "{":
            return braces();
          case "...":
            t.next();
            return new Expr.Constant(tok.span(), Expr.Constant.Kind.ELLIPSIS, null, "...");
          default:
            throw t.invalidSyntax(tok);
        }
      default:
        throw t.invalidSyntax(tok);
    }
  }

  private Expr name(Token tok) {
    Expr.Constant.Kind kind;
    Object value;
    switch (tok.text()) {
      case "True" -> {
        kind = Expr.Constant.Kind.TRUE;
        value = Boolean.TRUE;
      }
      case "False" -> {
        kind = Expr.Constant.Kind.FALSE;
        value = Boolean.FALSE;
      }
      case "None" -> {
        kind = Expr.Constant.Kind.NONE;
        value = null;
      }
      default -> {
        if (!Tokens.isIdentifier(tok)) {
          throw t.invalidSyntax(tok);
        }
        t.next();
        return new Expr.Name(tok.span(), tok.text());
      }
    }
    t.next();
    return new Expr.Constant(tok.span(), kind, value, tok.text());
  }

  /** A tuple, a group, a generator expression, or a parenthesized yield. */
  private Expr parenthesized() {
    Token open = t.next();
    if (t.atOp(")")) {
      t.next();
      return new Expr.Tuple(t.spanFrom(open), List.of());
    }
    if (t.atKeyword("yield")) {
      Expr y = p.yieldExpr();
      p.expectCloser(")");
      return y;
    }
    Expr first = p.starNamedExpression();
    if (isComprehensionStart() && !(first instanceof Expr.Starred)) {
      List<Comprehension> gens = comprehensions();
      p.expectCloser(")");
      return new Expr.GeneratorExp(t.spanFrom(open), first, gens);
    }
    if (t.atOp(")")) {
      if (first instanceof Expr.Starred) {
        throw t.error(first.span(), "cannot use starred expression here");
      }
      t.next();
      return first;
    }
    if (!t.atOp(",")) {
      throw p.unexpected();
    }
    List<Expr> elts = elements(first, ")");
    return new Expr.Tuple(t.spanFrom(open), elts);
  }

  /** The rest of a comma-separated display after its first element, through the closer. */
  private List<Expr> elements(Expr first, String closer) {
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    while (t.accept(",")) {
      if (t.atOp(closer)) {
        break;
      }
      elts.add(p.starNamedExpression());
    }
    p.expectCloser(closer);
    return elts;
  }

  private Expr list() {
    Token open = t.next();
    if (t.atOp("]")) {
      t.next();
      return new Expr.List(t.spanFrom(open), List.of());
    }
    Expr first = p.starNamedExpression();
    if (isComprehensionStart() && !(first instanceof Expr.Starred)) {
      List<Comprehension> gens = comprehensions();
      p.expectCloser("]");
      return new Expr.ListComp(t.spanFrom(open), first, gens);
    }
    List<Expr> elts = elements(first, "]");
    return new Expr.List(t.spanFrom(open), elts);
  }

  private Expr braces() {
    Token open = t.next();
    if (t.atOp("}")) {
      t.next();
      return new Expr.Dict(t.spanFrom(open), List.of());
    }
    if (t.atOp("**")) {
      return dict(open, null);
    }
    Expr first = p.starNamedExpression();
    if (t.atOp(":") && !(first instanceof Expr.Starred)) {
      return dict(open, first);
    }
    if (isComprehensionStart() && !(first instanceof Expr.Starred)) {
      List<Comprehension> gens = comprehensions();
      p.expectCloser("}");
      return new Expr.SetComp(t.spanFrom(open), first, gens);
    }
    List<Expr> elts = elements(first, "}");
    return new Expr.Set(t.spanFrom(open), elts);
  }

  /** A dict display or comprehension; firstKey is null when the first entry is {@code **x}. */
  private Expr dict(Token open, Expr firstKey) {
    DictEntry first = entry(firstKey);
    if (firstKey != null && isComprehensionStart()) {
      List<Comprehension> gens = comprehensions();
      p.expectCloser("}");
      return new Expr.DictComp(t.spanFrom(open), first.key(), first.value(), gens);
    }
    List<DictEntry> entries = new ArrayList<>();
    entries.add(first);
    while (t.accept(",")) {
      if (t.atOp("}")) {
        break;
      }
      entries.add(entry(t.atOp("**") ? null : p.expression()));
    }
    p.expectCloser("}");
    return new Expr.Dict(t.spanFrom(open), entries);
  }

  /** The rest of one dict entry whose key (null for {@code **}) has been parsed. */
  private DictEntry entry(Expr key) {
    if (key == null) {
      Token stars = t.expect("**");
      Expr value = p.bitwiseOr();
      return new DictEntry(t.spanFrom(stars), null, value);
    }
    if (!t.atOp(":")) {
      if (t.atOp(",") || t.atOp("}")) {
        Span s = key.span();
        throw t.src.error(s.endLine(), s.endColumn() - 1, "':' expected after dictionary key");
      }
      throw p.unexpected();
    }
    Token colon = t.next();
    if (t.atOp("}") || t.atOp(",")) {
      throw t.error(colon, "expression expected after dictionary key and ':'");
    }
    Expr value = p.expression();
    return new DictEntry(t.spanFrom(key.span()), key, value);
  }

  boolean isComprehensionStart() {
    return t.atKeyword("for") || (t.atKeyword("async") && t.peek(1).is("for"));
  }

  /** One or more {@code [async] for target in iter [if cond]...} clauses. */
  List<Comprehension> comprehensions() {
    List<Comprehension> gens = new ArrayList<>();
    while (isComprehensionStart()) {
      Token start = t.peek();
      boolean isAsync = t.accept("async");
      t.expect("for");
      Expr target = targetList();
      Targets.check(t, target, Targets.Kind.FOR);
      t.expect("in");
      Expr iter = p.disjunction();
      List<Expr> ifs = new ArrayList<>();
      while (t.accept("if")) {
        ifs.add(p.disjunction());
      }
      gens.add(new Comprehension(t.spanFrom(start), target, iter, ifs, isAsync));
    }
    return gens;
  }

  /**
   * A for-loop target list: (starred) bitwise_or expressions separated by commas, stopping before
   * {@code in}; a Tuple when there are commas. Validity is checked by the caller.
   */
  Expr targetList() {
    Token start = t.peek();
    Expr first = targetItem();
    if (!t.atOp(",")) {
      return first;
    }
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (t.accept(",")) {
      if (t.atKeyword("in") || t.atOp("=")) {
        break;
      }
      elts.add(targetItem());
    }
    return new Expr.Tuple(t.spanFrom(start), elts);
  }

  /** One possibly starred target, at bitwise_or level. */
  Expr targetItem() {
    if (t.atOp("*")) {
      Token star = t.next();
      Expr value = p.bitwiseOr();
      return new Expr.Starred(t.spanFrom(star), value);
    }
    return p.bitwiseOr();
  }
}
