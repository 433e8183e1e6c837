package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits f-string bodies into literal text and replacement fields, as CPython 3.11's
 * fstring_find_literal and fstring_find_expr, and parses each field's expression from its source
 * text with positions in the file. Structural errors are reported, as CPython does, at the token
 * after the strings; errors inside a field's expression are prefixed "f-string: ".
 */
final class FStringParser {
  private final ExprParser outer;
  private final Tokens t;
  private final Span span;
  private final Token after;
  private final List<Expr> parts = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private StringLiterals.Piece piece;
  private String text;
  private int end;

  FStringParser(ExprParser outer, Span span, Token after) {
    this.outer = outer;
    this.t = outer.t;
    this.span = span;
    this.after = after;
    this.text = t.src.text;
  }

  /** Adds decoded literal text. */
  void literal(String value) {
    pending.append(value);
  }

  /** The JoinedStr parts: adjacent literal text merged, empty text dropped. */
  List<Expr> finish() {
    flush(parts, span);
    return parts;
  }

  private void flush(List<Expr> into, Span where) {
    if (pending.length() > 0) {
      String value = pending.toString();
      into.add(new Expr.Constant(where, Expr.Constant.Kind.STR, value, value));
      pending.setLength(0);
    }
  }

  /** Parses one f-string literal token's body. */
  void parse(StringLiterals.Piece p) {
    this.piece = p;
    this.end = p.bodyEnd();
    int pos = body(p.bodyStart(), 0, parts);
    if (pos < end) {
      throw error("f-string: single '}' is not allowed");
    }
  }

  private PySyntaxError error(String message) {
    return t.error(after, message);
  }

  /**
   * Parses literal text and fields from pos until the end of the body or, inside a format spec
   * (level 1), an unmatched '}'; returns where it stopped.
   */
  private int body(int pos, int level, List<Expr> into) {
    while (pos < end) {
      int litStart = pos;
      boolean doubled = false;
      while (pos < end) {
        char ch = text.charAt(pos++);
        if (!piece.raw() && ch == '\\' && pos < end) {
          ch = text.charAt(pos++);
          if (ch == 'N') {
            if (pos < end && text.charAt(pos++) == '{') {
              while (pos < end && text.charAt(pos++) != '}') {
                // skip the character name
              }
            }
            continue;
          }
        }
        if (ch == '{' || ch == '}') {
          if (level == 0 && pos < end && text.charAt(pos) == ch) {
            doubled = true;
            break;
          }
          if (level == 0 && ch == '}') {
            throw error("f-string: single '}' is not allowed");
          }
          pos--;
          break;
        }
      }
      if (pos > litStart) {
        pending.append(StringLiterals.decode(t, piece, litStart, pos, after));
      }
      if (doubled) {
        pos++;
        continue;
      }
      if (pos >= end || text.charAt(pos) == '}') {
        return pos;
      }
      pos = field(pos, level, into);
    }
    return pos;
  }

  /** Parses a replacement field starting at its '{'; returns the index after its '}'. */
  private int field(int open, int level, List<Expr> into) {
    if (level >= 2) {
      throw error("f-string: expressions nested too deeply");
    }
    // Text before the field waits, so that a "{x=}" label can join it, as in CPython.
    String before = pending.toString();
    pending.setLength(0);
    int exprStart = open + 1;
    int pos = FieldScanner.endOfExpression(text, exprStart, end, this::error);
    Expr value = compile(exprStart, pos);
    String debugText = null;
    if (text.charAt(pos) == '=') {
      pos++;
      while (pos < end && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      if (pos >= end) {
        throw error("f-string: expecting '}'");
      }
      debugText = text.substring(exprStart, pos);
    }
    int conversion = -1;
    if (text.charAt(pos) == '!') {
      pos++;
      if (pos >= end) {
        throw error("f-string: expecting '}'");
      }
      conversion = text.charAt(pos++);
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    Expr.JoinedStr spec = null;
    if (pos < end && text.charAt(pos) == ':') {
      pos++;
      if (pos >= end) {
        throw error("f-string: expecting '}'");
      }
      List<Expr> specParts = new ArrayList<>();
      pos = body(pos, level + 1, specParts);
      // CPython 3.11 places a format spec at the string token that holds it.
      Span tokenSpan = piece.token().span();
      flush(specParts, tokenSpan);
      spec = new Expr.JoinedStr(tokenSpan, specParts);
    }
    if (pos >= end || text.charAt(pos) != '}') {
      throw error("f-string: expecting '}'");
    }
    pending.append(before);
    if (debugText != null) {
      pending.append(debugText);
      if (spec == null && conversion == -1) {
        conversion = 'r';
      }
    }
    flush(into, level == 0 ? span : piece.token().span());
    into.add(
        new Expr.FormattedValue(level == 0 ? span : piece.token().span(), value, conversion, spec));
    return pos + 1;
  }

  /** Parses the expression text [from, to) with a lexer positioned in the file. */
  private Expr compile(int from, int to) {
    if (text.substring(from, to).isBlank()) {
      throw error("f-string: empty expression not allowed");
    }
    int lineStart = text.lastIndexOf('\n', from - 1) + 1;
    int line = lineOf(from);
    try {
      Lexer lexer = new Lexer(t.src, from, to, line, lineStart, true, new ArrayList<>());
      Tokens sub = new Tokens(t.src, lexer);
      ExprParser parser = new ExprParser(sub, outer.depth());
      Expr e = sub.atKeyword("yield") ? parser.yieldExpr() : parser.starExpressions();
      if (sub.peek().kind() != TokenKind.ENDMARKER) {
        throw parser.unexpected();
      }
      return e;
    } catch (PySyntaxError e) {
      String msg = e.message().startsWith("f-string") ? e.message() : "f-string: " + e.message();
      throw new PySyntaxError(e.fileName(), e.line(), e.column(), msg, e.kind());
    }
  }

  /** The line of index, counted from the start of the string token. */
  private int lineOf(int index) {
    int line = piece.token().line();
    for (int i = piece.token().start(); i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
