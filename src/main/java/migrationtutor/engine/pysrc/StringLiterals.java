package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of adjacent STRING tokens into one Constant (str or bytes) or, when any of them is an
 * f-string, one JoinedStr, as CPython's {@code strings} rule. Errors found while decoding are
 * reported where CPython reports them: at the token after the strings.
 */
final class StringLiterals {
  private StringLiterals() {}

  /** One literal token taken apart: its prefix flags and where its body lies. */
  record Piece(
      Token token, boolean raw, boolean bytes, boolean fstring, int bodyStart, int bodyEnd) {
    static Piece of(Token tok) {
      String text = tok.text();
      int q = 0;
      while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
        q++;
      }
      String prefix = text.substring(0, q).toLowerCase();
      int quoteLen =
          text.startsWith(text.substring(q, q + 1).repeat(3), q) && text.length() - q >= 6 ? 3 : 1;
      return new Piece(
          tok,
          prefix.contains("r"),
          prefix.contains("b"),
          prefix.contains("f"),
          tok.start() + q + quoteLen,
          tok.end() - quoteLen);
    }
  }

  static Expr parse(ExprParser p) {
    Tokens t = p.t;
    List<Piece> pieces = new ArrayList<>();
    while (t.peek().kind() == TokenKind.STRING) {
      pieces.add(Piece.of(t.next()));
    }
    Token first = pieces.get(0).token();
    Token last = pieces.get(pieces.size() - 1).token();
    Span span = new Span(first.line(), first.col(), last.endLine(), last.endCol());
    String source = t.src.text.substring(first.start(), last.end());
    boolean anyBytes = false;
    boolean anyText = false;
    boolean anyF = false;
    for (Piece piece : pieces) {
      anyBytes |= piece.bytes();
      anyText |= !piece.bytes();
      anyF |= piece.fstring();
    }
    Token after = t.peek();
    if (anyBytes && anyText) {
      throw t.error(after, "cannot mix bytes and nonbytes literals");
    }
    if (!anyF) {
      StringBuilder value = new StringBuilder();
      for (Piece piece : pieces) {
        value.append(decode(t, piece, piece.bodyStart(), piece.bodyEnd(), after));
      }
      Expr.Constant.Kind kind = anyBytes ? Expr.Constant.Kind.BYTES : Expr.Constant.Kind.STR;
      return new Expr.Constant(span, kind, value.toString(), source);
    }
    FStringParser fp = new FStringParser(p, span, after);
    for (Piece piece : pieces) {
      if (piece.fstring()) {
        fp.parse(piece);
      } else {
        fp.literal(decode(t, piece, piece.bodyStart(), piece.bodyEnd(), after));
      }
    }
    return new Expr.JoinedStr(span, fp.finish());
  }

  /** Decodes [from, to) of a piece's body, reporting errors at the token after the strings. */
  static String decode(Tokens t, Piece piece, int from, int to, Token after) {
    try {
      return StringDecoder.decode(t.src.text.substring(from, to), piece.raw(), piece.bytes());
    } catch (StringDecoder.DecodeError e) {
      throw t.error(after, e.getMessage());
    }
  }
}
