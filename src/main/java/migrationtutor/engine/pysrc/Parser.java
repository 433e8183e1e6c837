package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one parse and decides which error wins when there are several, as CPython's
 * _PyPegen_set_syntax_error: after a parser error the rest of the file is tokenized, and a
 * tokenizer error found there (or a bracket left open on an earlier line) is reported instead.
 */
final class Parser {
  private Parser() {}

  static Module parse(String source, String fileName) {
    SourceText src = new SourceText(fileName, source);
    rejectNul(src);
    List<Comment> comments = new ArrayList<>();
    Lexer lexer = new Lexer(src, comments);
    Tokens tokens = new Tokens(src, lexer);
    List<Stmt> body;
    try {
      body = new BlockParser(tokens, new ExprParser(tokens, 0)).module();
    } catch (PySyntaxError parserError) {
      if (lexer.stoppedAtEofInBrackets() || isLexerError(parserError, lexer)) {
        throw parserError;
      }
      throw preferTokenizerError(parserError, lexer, tokens.furthest());
    }
    DepthCheck.check(src, body);
    return new Module(fileName, body, Docstrings.of(body), comments);
  }

  /** Whether the error came from the lexer itself (then nothing overrides it). */
  private static boolean isLexerError(PySyntaxError e, Lexer lexer) {
    return lexer.lastError() == e;
  }

  /**
   * Tokenizes the rest of the file; a tokenizer error there replaces the parser's error. The end of
   * the file inside a bracket does too when the bracket opened before the furthest line the parser
   * reached, or when the parser stopped at an atom right before that end (CPython's lookahead after
   * an atom would have hit it).
   */
  private static PySyntaxError preferTokenizerError(
      PySyntaxError parserError, Lexer lexer, Token furthest) {
    int drained = 0;
    try {
      while (lexer.next().kind() != TokenKind.ENDMARKER) {
        drained++;
      }
    } catch (PySyntaxError tokenizerError) {
      if (!lexer.stoppedAtEofInBrackets()) {
        return tokenizerError;
      }
      int furthestLine = furthest == null ? 1 : furthest.line();
      boolean atom =
          furthest != null
              && (furthest.kind() == TokenKind.NAME
                  || furthest.kind() == TokenKind.NUMBER
                  || furthest.kind() == TokenKind.STRING);
      if ((drained == 0 && atom) || lexer.innermostBracketLine() < furthestLine) {
        return tokenizerError;
      }
    }
    return parserError;
  }

  private static void rejectNul(SourceText src) {
    int nul = src.text.indexOf('\0');
    if (nul < 0) {
      return;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < nul; i++) {
      if (src.text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    throw src.error(line, src.col(lineStart, nul), "source code cannot contain null bytes");
  }
}
