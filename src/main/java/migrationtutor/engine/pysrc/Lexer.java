package migrationtutor.engine.pysrc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns source text into tokens on demand, as CPython 3.11's tokenizer: NEWLINE, INDENT and DEDENT
 * from a stack of indentation columns (tabs to the next multiple of 8, checked against tab size 1
 * for TabError), implicit joining inside brackets, backslash continuation, and no tokens for blank
 * or comment-only lines. Comments are collected on the side.
 */
final class Lexer {
  /** CPython's MAXINDENT: indentation levels beyond this are an IndentationError. */
  static final int MAX_INDENT = 100;

  /** CPython's MAXLEVEL: bracket nesting beyond this is "too many nested parentheses". */
  static final int MAX_LEVEL = 200;

  private final SourceText src;
  private final int limit;
  private final boolean exprMode;
  private final List<Comment> comments;
  private final Map<String, String> names = new HashMap<>();
  private int pos;
  private int line;
  private int lineStart;
  private boolean atLineStart;
  private boolean lineHasTokens;
  private final int[] indents = new int[MAX_INDENT + 1];
  private final int[] altIndents = new int[MAX_INDENT + 1];
  private int indentTop;
  private int pendingDedents;
  private final char[] brackets = new char[MAX_LEVEL];
  private final int[] bracketLines = new int[MAX_LEVEL];
  private final int[] bracketCols = new int[MAX_LEVEL];
  private int level;
  private int baseLevel;
  private int lastNewlineLine = 1;
  private int lastNewlineCol = 1;
  private boolean eofInBrackets;
  private boolean finished;
  private PySyntaxError lastError;

  /** A lexer for a whole module. */
  Lexer(SourceText src, List<Comment> comments) {
    this(src, 0, src.length(), 1, 0, false, comments);
  }

  /**
   * A lexer for the text in [from, to) that starts on line:lineStart; in exprMode (an f-string
   * replacement field) it works as if inside parentheses and yields no NEWLINE.
   */
  Lexer(
      SourceText src,
      int from,
      int to,
      int line,
      int lineStart,
      boolean exprMode,
      List<Comment> comments) {
    this.src = src;
    this.pos = from;
    this.limit = to;
    this.line = line;
    this.lineStart = lineStart;
    this.exprMode = exprMode;
    this.comments = comments;
    this.atLineStart = !exprMode;
    this.level = exprMode ? 1 : 0;
    this.baseLevel = level;
  }

  /** Whether the last error was the end of the text inside an open bracket. */
  boolean stoppedAtEofInBrackets() {
    return eofInBrackets;
  }

  /** The line of the innermost open bracket, or 0. */
  int innermostBracketLine() {
    return level > baseLevel ? bracketLines[level - 1] : 0;
  }

  /** The "'(' was never closed" error for the innermost open bracket. */
  PySyntaxError unclosedBracketError() {
    int i = level - 1;
    return src.error(bracketLines[i], bracketCols[i], "'" + brackets[i] + "' was never closed");
  }

  private int at(int i) {
    return i < limit ? src.text.charAt(i) : -1;
  }

  private int col(int index) {
    return src.col(lineStart, index);
  }

  /** The error this lexer threw, if any (so a caller can tell it from a parser error). */
  PySyntaxError lastError() {
    return lastError;
  }

  /** The next token; ENDMARKER forever once the text is done. */
  Token next() {
    try {
      return nextToken();
    } catch (PySyntaxError e) {
      lastError = e;
      throw e;
    }
  }

  private Token nextToken() {
    if (pendingDedents > 0) {
      pendingDedents--;
      return finished ? eofToken(TokenKind.DEDENT) : marker(TokenKind.DEDENT, pos);
    }
    if (finished) {
      return eofToken(TokenKind.ENDMARKER);
    }
    while (true) {
      if (atLineStart && level == 0) {
        atLineStart = false;
        Token indent = indentation();
        if (indent != null) {
          return indent;
        }
        if (pendingDedents > 0) {
          pendingDedents--;
          return marker(TokenKind.DEDENT, pos);
        }
      }
      int c = at(pos);
      while (c == ' ' || c == '\t' || c == '\f') {
        c = at(++pos);
      }
      if (c == '#') {
        int end = Math.min(src.lineEnd(pos), limit);
        comments.add(new Comment(line, col(pos), src.text.substring(pos, end)));
        pos = end;
        continue;
      }
      if (c < 0) {
        return endOfText();
      }
      if (c == '\n') {
        int nlCol = col(pos);
        newLine(pos + 1);
        if (level == 0 && lineHasTokens && !exprMode) {
          lineHasTokens = false;
          lastNewlineLine = line - 1;
          lastNewlineCol = nlCol;
          return new Token(
              TokenKind.NEWLINE, "\n", pos - 1, pos, line - 1, nlCol, line - 1, nlCol + 1, level);
        }
        continue;
      }
      if (c == '\\') {
        continuation();
        continue;
      }
      lineHasTokens = true;
      return token(c);
    }
  }

  private void newLine(int next) {
    pos = next;
    line++;
    lineStart = next;
    // Lines continued inside brackets have no indentation of their own.
    atLineStart = level == 0 && !exprMode;
  }

  private void continuation() {
    int c = at(pos + 1);
    if (c == '\n' && at(pos + 2) >= 0) {
      pos += 2;
      line++;
      lineStart = pos;
      return;
    }
    if (c < 0 || c == '\n') {
      throw src.error(line, col(pos) + 1, "unexpected EOF while parsing");
    }
    throw src.error(line, col(pos) + 1, "unexpected character after line continuation character");
  }

  /** Measures a line's indentation; returns an INDENT token, queues DEDENTs, or throws. */
  private Token indentation() {
    int p = pos;
    int indentCol = 0;
    int altCol = 0;
    while (true) {
      int c = at(p);
      if (c == ' ') {
        indentCol++;
        altCol++;
      } else if (c == '\t') {
        indentCol = (indentCol / 8 + 1) * 8;
        altCol++;
      } else if (c == '\f') {
        indentCol = 0;
        altCol = 0;
      } else {
        break;
      }
      p++;
    }
    int first = at(p);
    if (first == '#' || first == '\n' || first < 0) {
      return null; // blank lines take no part in indentation
    }
    int chars = p - pos;
    pos = p;
    if (indentCol == indents[indentTop]) {
      if (altCol != altIndents[indentTop]) {
        throw tabError();
      }
      return null;
    }
    if (indentCol > indents[indentTop]) {
      if (indentTop + 1 >= MAX_INDENT) {
        throw src.error(
            line, 1, "too many levels of indentation", PySyntaxError.Kind.INDENTATION_ERROR);
      }
      if (altCol <= altIndents[indentTop]) {
        throw tabError();
      }
      indentTop++;
      indents[indentTop] = indentCol;
      altIndents[indentTop] = altCol;
      return new Token(TokenKind.INDENT, "", lineStart, p, line, 1, line, chars + 1, level);
    }
    while (indentTop > 0 && indentCol < indents[indentTop]) {
      pendingDedents++;
      indentTop--;
    }
    if (indentCol != indents[indentTop]) {
      int lineEnd = src.lineEnd(p);
      throw src.error(
          line,
          col(lineEnd),
          "unindent does not match any outer indentation level",
          PySyntaxError.Kind.INDENTATION_ERROR);
    }
    if (altCol != altIndents[indentTop]) {
      throw tabError();
    }
    return null;
  }

  private PySyntaxError tabError() {
    return src.error(
        line,
        1,
        "inconsistent use of tabs and spaces in indentation",
        PySyntaxError.Kind.TAB_ERROR);
  }

  private Token endOfText() {
    if (level > baseLevel) {
      eofInBrackets = true;
      throw unclosedBracketError();
    }
    finished = true;
    if (lineHasTokens && !exprMode) {
      lineHasTokens = false;
      int c = col(pos);
      lastNewlineLine = line;
      lastNewlineCol = c;
      pendingDedents = indentTop;
      indentTop = 0;
      return new Token(TokenKind.NEWLINE, "", pos, pos, line, c, line, c, level);
    }
    pendingDedents = indentTop;
    indentTop = 0;
    return nextToken();
  }

  private Token eofToken(TokenKind kind) {
    if (exprMode) {
      int c = col(limit);
      return new Token(kind, "", limit, limit, line, c, line, c, level);
    }
    return new Token(
        kind,
        "",
        pos,
        pos,
        lastNewlineLine,
        lastNewlineCol,
        lastNewlineLine,
        lastNewlineCol,
        level);
  }

  private Token marker(TokenKind kind, int at) {
    int c = col(at);
    return new Token(kind, "", at, at, line, c, line, c, level);
  }

  private Token token(int c) {
    int start = pos;
    int startCol = col(start);
    if (CharClass.isDigit(c) || (c == '.' && CharClass.isDigit(at(pos + 1)))) {
      pos = NumberScanner.scan(src, line, lineStart, start);
      return simple(TokenKind.NUMBER, src.text.substring(start, pos), start, startCol);
    }
    if (c == '"' || c == '\'') {
      return string(start, start, startCol);
    }
    if (CharClass.isPotentialIdentifierStart(c)) {
      int prefix = StringScanner.prefixLength(src, start);
      if (prefix > 0 && start + prefix < limit) {
        return string(start, start + prefix, startCol);
      }
      return name(start, startCol);
    }
    if (c < 128 && !CharClass.isPrintable(c)) {
      throw src.error(line, startCol, String.format("invalid non-printable character U+%04X", c));
    }
    String op = Operators.longestAt(src.text, start, limit);
    pos = start + op.length();
    brackets(op.charAt(0), startCol);
    return simple(TokenKind.OP, op, start, startCol);
  }

  private void brackets(char c, int startCol) {
    switch (c) {
      case '(', '[', '{' -> {
        if (level >= MAX_LEVEL) {
          throw src.error(line, startCol, "too many nested parentheses");
        }
        brackets[level] = c;
        bracketLines[level] = line;
        bracketCols[level] = startCol;
        level++;
      }
      case ')', ']', '}' -> {
        if (level <= baseLevel) {
          throw src.error(line, startCol, "unmatched '" + c + "'");
        }
        level--;
        char open = brackets[level];
        if (Operators.closerOf(open) != c) {
          String msg =
              "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
          if (bracketLines[level] != line) {
            msg += " on line " + bracketLines[level];
          }
          throw src.error(line, startCol, msg);
        }
      }
      default -> {
        // not a bracket
      }
    }
  }

  private Token string(int start, int quote, int startCol) {
    int startLine = line;
    int end = StringScanner.scanBody(src, start, quote, line, startCol);
    String text = src.text.substring(start, end);
    for (int i = start; i < end; i++) {
      if (src.text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    pos = end;
    return new Token(
        TokenKind.STRING, text, start, end, startLine, startCol, line, col(end), level);
  }

  private Token name(int start, int startCol) {
    int p = start;
    boolean ascii = true;
    while (p < limit && CharClass.isPotentialIdentifierChar(src.text.charAt(p))) {
      ascii &= src.text.charAt(p) < 128;
      p++;
    }
    String text = src.text.substring(start, p);
    if (!ascii) {
      verifyIdentifier(text, startCol);
      text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    }
    pos = p;
    return simple(TokenKind.NAME, names.computeIfAbsent(text, t -> t), start, startCol);
  }

  /** CPython's verify_identifier: reports the first character that cannot be in a name. */
  private void verifyIdentifier(String text, int startCol) {
    int i = 0;
    int column = startCol;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean ok = i == 0 ? CharClass.isIdentifierStart(cp) : CharClass.isIdentifierPart(cp);
      if (!ok) {
        String msg =
            CharClass.isPrintable(cp)
                ? String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp)
                : String.format("invalid non-printable character U+%04X", cp);
        throw src.error(line, column, msg);
      }
      i += Character.charCount(cp);
      column++;
    }
  }

  private Token simple(TokenKind kind, String text, int start, int startCol) {
    return new Token(kind, text, start, pos, line, startCol, line, col(pos), level);
  }

  /** Collected comments so far. */
  List<Comment> comments() {
    return new ArrayList<>(comments);
  }
}
