package migrationtutor.engine.pysrc;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * A Python expression: one record per kind of CPython {@code expr} node, with the same names and
 * fields. Nullable fields say so; every list is unmodifiable.
 *
 * <p>Inside this file {@code List} means {@link Expr.List}, hence the qualified {@code
 * java.util.List}.
 */
public sealed interface Expr extends Node {

  /** A name such as {@code op} or {@code sa}. */
  record Name(Span span, String id) implements Expr {
    public Name {
      Checks.req(span);
      Checks.name(id);
    }
  }

  /**
   * A literal. {@code value} is a String for STR, a String of chars 0..255 for BYTES (see {@link
   * #bytesValue()}), a Long or (when it overflows long) BigInteger for INT, a Double for FLOAT, the
   * imaginary part as a Double for COMPLEX, a Boolean for TRUE and FALSE, and null for NONE and
   * ELLIPSIS. {@code source} is the literal's text as written; for adjacent string literals it is
   * the whole source between the first and the last, comments and line breaks included.
   */
  record Constant(Span span, Kind kind, Object value, String source) implements Expr {
    /** What kind of literal a constant is. */
    public enum Kind {
      STR,
      BYTES,
      INT,
      FLOAT,
      COMPLEX,
      TRUE,
      FALSE,
      NONE,
      ELLIPSIS
    }

    public Constant {
      Checks.req(span, kind, source);
      boolean ok =
          switch (kind) {
            case STR, BYTES -> value instanceof String;
            case INT -> value instanceof Long || value instanceof BigInteger;
            case FLOAT, COMPLEX -> value instanceof Double;
            case TRUE, FALSE -> value instanceof Boolean;
            case NONE, ELLIPSIS -> value == null;
          };
      if (!ok) {
        throw new IllegalArgumentException("bad value for " + kind + " constant");
      }
    }

    /** The value of a STR constant. */
    public String stringValue() {
      if (kind != Kind.STR) {
        throw new IllegalStateException("not a str constant: " + kind);
      }
      return (String) value;
    }

    /** A copy of the value of a BYTES constant. */
    public byte[] bytesValue() {
      if (kind != Kind.BYTES) {
        throw new IllegalStateException("not a bytes constant: " + kind);
      }
      return ((String) value).getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  /** An f-string: Constant (STR) and FormattedValue parts in order. */
  record JoinedStr(Span span, java.util.List<Expr> values) implements Expr {
    public JoinedStr {
      Checks.req(span);
      values = Checks.list(values);
    }
  }

  /**
   * A replacement field {@code {value!conversion:formatSpec}} of an f-string; conversion is -1 or
   * the code of 's', 'r' or 'a'; formatSpec is null when absent.
   */
  record FormattedValue(Span span, Expr value, int conversion, JoinedStr formatSpec)
      implements Expr {
    public FormattedValue {
      Checks.req(span, value);
      if (conversion != -1 && conversion != 's' && conversion != 'r' && conversion != 'a') {
        throw new IllegalArgumentException("bad conversion " + conversion);
      }
    }
  }

  /** {@code value.attr}. */
  record Attribute(Span span, Expr value, String attr) implements Expr {
    public Attribute {
      Checks.req(span, value);
      Checks.name(attr);
    }
  }

  /** {@code value[slice]}; a subscript with commas has a Tuple slice, as in CPython. */
  record Subscript(Span span, Expr value, Expr slice) implements Expr {
    public Subscript {
      Checks.req(span, value, slice);
    }
  }

  /** {@code lower:upper:step} inside a subscript; each part may be null. */
  record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {
    public Slice {
      Checks.req(span);
    }
  }

  /** {@code func(args, keywords)}; args may hold Starred, keywords hold {@code **} as arg null. */
  record Call(Span span, Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords)
      implements Expr {
    public Call {
      Checks.req(span, func);
      args = Checks.list(args);
      keywords = Checks.list(keywords);
    }
  }

  /** {@code left op right}. */
  record BinOp(Span span, Expr left, BinaryOperator op, Expr right) implements Expr {
    public BinOp {
      Checks.req(span, left, op, right);
    }
  }

  /** {@code op operand}. */
  record UnaryOp(Span span, UnaryOperator op, Expr operand) implements Expr {
    public UnaryOp {
      Checks.req(span, op, operand);
    }
  }

  /** {@code a and b and c} (one node for the whole chain of the same operator). */
  record BoolOp(Span span, BoolOperator op, java.util.List<Expr> values) implements Expr {
    public BoolOp {
      Checks.req(span, op);
      values = Checks.list(values);
      if (values.size() < 2) {
        throw new IllegalArgumentException("BoolOp needs two values");
      }
    }
  }

  /** {@code left op1 c1 op2 c2 ...}: a chained comparison. */
  record Compare(
      Span span, Expr left, java.util.List<CompareOperator> ops, java.util.List<Expr> comparators)
      implements Expr {
    public Compare {
      Checks.req(span, left);
      ops = Checks.list(ops);
      comparators = Checks.list(comparators);
      if (ops.isEmpty() || ops.size() != comparators.size()) {
        throw new IllegalArgumentException("Compare needs one comparator per operator");
      }
    }
  }

  /** {@code body if test else orelse}. */
  record IfExp(Span span, Expr test, Expr body, Expr orelse) implements Expr {
    public IfExp {
      Checks.req(span, test, body, orelse);
    }
  }

  /** {@code lambda params: body}. */
  record Lambda(Span span, Params params, Expr body) implements Expr {
    public Lambda {
      Checks.req(span, params, body);
    }
  }

  /** {@code target := value}; the target is a Name. */
  record NamedExpr(Span span, Expr target, Expr value) implements Expr {
    public NamedExpr {
      Checks.req(span, target, value);
    }
  }

  /** {@code [a, b]}. */
  record List(Span span, java.util.List<Expr> elts) implements Expr {
    public List {
      Checks.req(span);
      elts = Checks.list(elts);
    }
  }

  /** {@code (a, b)} or {@code a, b}; the span includes the parentheses when there are some. */
  record Tuple(Span span, java.util.List<Expr> elts) implements Expr {
    public Tuple {
      Checks.req(span);
      elts = Checks.list(elts);
    }
  }

  /** {@code {a, b}}. */
  record Set(Span span, java.util.List<Expr> elts) implements Expr {
    public Set {
      Checks.req(span);
      elts = Checks.list(elts);
    }
  }

  /** {@code {k: v, **other}}. */
  record Dict(Span span, java.util.List<DictEntry> entries) implements Expr {
    public Dict {
      Checks.req(span);
      entries = Checks.list(entries);
    }
  }

  /** {@code [elt for ...]}. */
  record ListComp(Span span, Expr elt, java.util.List<Comprehension> generators) implements Expr {
    public ListComp {
      Checks.req(span, elt);
      generators = Checks.list(generators);
    }
  }

  /** {@code {elt for ...}}. */
  record SetComp(Span span, Expr elt, java.util.List<Comprehension> generators) implements Expr {
    public SetComp {
      Checks.req(span, elt);
      generators = Checks.list(generators);
    }
  }

  /** {@code {key: value for ...}}. */
  record DictComp(Span span, Expr key, Expr value, java.util.List<Comprehension> generators)
      implements Expr {
    public DictComp {
      Checks.req(span, key, value);
      generators = Checks.list(generators);
    }
  }

  /** {@code (elt for ...)}. */
  record GeneratorExp(Span span, Expr elt, java.util.List<Comprehension> generators)
      implements Expr {
    public GeneratorExp {
      Checks.req(span, elt);
      generators = Checks.list(generators);
    }
  }

  /** {@code await value}. */
  record Await(Span span, Expr value) implements Expr {
    public Await {
      Checks.req(span, value);
    }
  }

  /** {@code yield value}; value is null for a bare {@code yield}. */
  record Yield(Span span, Expr value) implements Expr {
    public Yield {
      Checks.req(span);
    }
  }

  /** {@code yield from value}. */
  record YieldFrom(Span span, Expr value) implements Expr {
    public YieldFrom {
      Checks.req(span, value);
    }
  }

  /** {@code *value} in a call, display or assignment target. */
  record Starred(Span span, Expr value) implements Expr {
    public Starred {
      Checks.req(span, value);
    }
  }
}
