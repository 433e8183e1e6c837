package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses statements and blocks: dispatches compound statements to {@link CompoundParser}, parses
 * indented blocks, and counts statically nested blocks as CPython's compiler does.
 */
final class BlockParser {
  /** CPython's CO_MAXBLOCKS: loops, try and with may nest this deep within one function. */
  static final int MAX_BLOCKS = 20;

  final Tokens t;
  final ExprParser e;
  final StmtParser simple;
  final CompoundParser compound;
  private int blocks;

  BlockParser(Tokens tokens, ExprParser exprs) {
    this.t = tokens;
    this.e = exprs;
    this.simple = new StmtParser(tokens, exprs);
    this.compound = new CompoundParser(this);
  }

  /** The statements of a whole module, up to ENDMARKER. */
  List<Stmt> module() {
    List<Stmt> body = new ArrayList<>();
    while (t.peek().kind() != TokenKind.ENDMARKER) {
      statement(body);
    }
    return body;
  }

  /** One statement (or several, for a line of simple statements joined by ';'), into out. */
  void statement(List<Stmt> out) {
    Token tok = t.peek();
    if (tok.kind() == TokenKind.NAME && compound.starts(tok)) {
      out.add(compound.statement());
    } else if (tok.kind() == TokenKind.NAME && tok.text().equals("async")) {
      throw t.invalidSyntax(t.peek(1));
    } else if (tok.isOp("@")) {
      out.add(compound.decorated());
    } else if (tok.kind() == TokenKind.NAME && tok.text().equals("match") && isMatchStatement()) {
      throw t.error(tok, "'match' statements are not supported by this parser");
    } else {
      out.addAll(simple.simpleStatements());
    }
  }

  /**
   * Whether a line starting with the soft keyword {@code match} is a match statement: only a
   * compound-statement header can end with ':' outside brackets.
   */
  private boolean isMatchStatement() {
    Token second = t.peek(1);
    if (second.kind() == TokenKind.NEWLINE
        || second.isOp("=")
        || second.isOp(".")
        || second.isOp(":")
        || second.isOp(",")) {
      return false;
    }
    for (int k = 1; ; k++) {
      Token tok = t.peek(k);
      if (tok.kind() == TokenKind.NEWLINE || tok.kind() == TokenKind.ENDMARKER) {
        Token last = t.peek(k - 1);
        return last.isOp(":") && last.level() == 0;
      }
    }
  }

  /**
   * The block after a compound statement's ':': an indented suite, or simple statements on the same
   * line. what names the statement in CPython's "expected an indented block after ..." message;
   * line is where the statement started.
   */
  List<Stmt> block(String what, int line) {
    if (t.peek().kind() != TokenKind.NEWLINE) {
      return simple.simpleStatements();
    }
    t.next();
    if (t.peek().kind() != TokenKind.INDENT) {
      throw t.indentationError(
          t.peek(), "expected an indented block after " + what + " on line " + line);
    }
    t.next();
    List<Stmt> body = new ArrayList<>();
    while (t.peek().kind() != TokenKind.DEDENT && t.peek().kind() != TokenKind.ENDMARKER) {
      statement(body);
    }
    if (t.peek().kind() == TokenKind.DEDENT) {
      t.next();
    }
    return body;
  }

  /** Enters n nested blocks (loops, try, with), failing as CPython's compiler beyond 20. */
  void enterBlocks(int n, Token at) {
    blocks += n;
    if (blocks > MAX_BLOCKS) {
      throw t.error(at, "too many statically nested blocks");
    }
  }

  void leaveBlocks(int n) {
    blocks -= n;
  }

  /** Starts a new function or class scope, which has its own block count. */
  int enterScope() {
    int saved = blocks;
    blocks = 0;
    return saved;
  }

  void leaveScope(int saved) {
    blocks = saved;
  }
}
