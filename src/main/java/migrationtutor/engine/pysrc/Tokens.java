package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parser's view of the lexer: a cursor with lookahead, plus the error helpers that word
 * messages as CPython does.
 */
final class Tokens {
  /** Python 3.11's hard keywords (keyword.kwlist). */
  static final Set<String> KEYWORDS =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield");

  final SourceText src;
  final Lexer lexer;
  private final List<Token> ahead = new ArrayList<>();
  private int head;
  private Token previous;

  /** The last consumed token that is real text: spans end there, as in CPython. */
  private Token lastSignificant;

  Tokens(SourceText src, Lexer lexer) {
    this.src = src;
    this.lexer = lexer;
  }

  /** The token k positions ahead (0 is the next one). */
  Token peek(int k) {
    while (ahead.size() - head <= k) {
      ahead.add(lexer.next());
    }
    return ahead.get(head + k);
  }

  Token peek() {
    return peek(0);
  }

  /** The furthest token the parser has looked at, or null. */
  Token furthest() {
    return ahead.isEmpty() ? null : ahead.get(ahead.size() - 1);
  }

  /** Consumes and returns the next token. */
  Token next() {
    Token t = peek();
    head++;
    if (head > 64) {
      ahead.subList(0, head).clear();
      head = 0;
    }
    previous = t;
    if (t.kind() != TokenKind.NEWLINE
        && t.kind() != TokenKind.INDENT
        && t.kind() != TokenKind.DEDENT
        && t.kind() != TokenKind.ENDMARKER) {
      lastSignificant = t;
    }
    return t;
  }

  /** The last consumed token. */
  Token prev() {
    return previous;
  }

  /** Whether the next token is the operator s. */
  boolean atOp(String s) {
    return peek().isOp(s);
  }

  /** Whether the next token is the keyword (or soft keyword) s. */
  boolean atKeyword(String s) {
    Token t = peek();
    return t.kind() == TokenKind.NAME && t.text().equals(s);
  }

  /** Whether the next token is the operator or keyword s. */
  boolean at(String s) {
    return peek().is(s);
  }

  /** Consumes the next token if it is the operator or keyword s. */
  boolean accept(String s) {
    if (at(s)) {
      next();
      return true;
    }
    return false;
  }

  /** Consumes the operator or keyword s, or fails with "invalid syntax" at the next token. */
  Token expect(String s) {
    if (!at(s)) {
      throw invalidSyntax(peek());
    }
    return next();
  }

  /** Consumes s, or fails with CPython's "expected 's'" at the next token. */
  Token expectNamed(String s) {
    if (!at(s)) {
      throw error(peek(), "expected '" + s + "'");
    }
    return next();
  }

  /** Whether t is a NAME that is not a hard keyword. */
  static boolean isIdentifier(Token t) {
    return t.kind() == TokenKind.NAME && !KEYWORDS.contains(t.text());
  }

  /** Consumes an identifier or fails with "invalid syntax". */
  Token expectIdentifier() {
    if (!isIdentifier(peek())) {
      throw invalidSyntax(peek());
    }
    return next();
  }

  /** The span from start to the end of the last consumed token. */
  Span spanFrom(Token start) {
    return new Span(start.line(), start.col(), lastSignificant.endLine(), lastSignificant.endCol());
  }

  /** The span from the start of first to the end of the last consumed token. */
  Span spanFrom(Span first) {
    return new Span(
        first.line(), first.column(), lastSignificant.endLine(), lastSignificant.endCol());
  }

  PySyntaxError error(Token t, String message) {
    return src.error(t.line(), t.col(), message);
  }

  PySyntaxError error(Span s, String message) {
    return src.error(s.line(), s.column(), message);
  }

  /**
   * CPython's generic error for an unexpected token: "unexpected indent" for an INDENT, "unexpected
   * unindent" for a DEDENT, "invalid syntax" otherwise.
   */
  PySyntaxError invalidSyntax(Token t) {
    if (t.kind() == TokenKind.INDENT) {
      return src.error(
          t.line(),
          Math.max(1, t.endCol() - 1),
          "unexpected indent",
          PySyntaxError.Kind.INDENTATION_ERROR);
    }
    if (t.kind() == TokenKind.DEDENT) {
      return src.error(
          t.line(), t.col(), "unexpected unindent", PySyntaxError.Kind.INDENTATION_ERROR);
    }
    return src.error(t.line(), t.col(), "invalid syntax");
  }

  /** An IndentationError at t. */
  PySyntaxError indentationError(Token t, String message) {
    return src.error(t.line(), t.col(), message, PySyntaxError.Kind.INDENTATION_ERROR);
  }
}
