package migrationtutor.engine.pysrc;

import java.util.ArrayList;
import java.util.List;

/** Parses {@code import} and {@code from ... import} statements. */
final class ImportParser {
  private ImportParser() {}

  /** {@code import a.b as c, d}. */
  static Stmt importName(Tokens t) {
    Token start = t.expect("import");
    List<Alias> names = new ArrayList<>();
    do {
      names.add(alias(t, true));
    } while (t.accept(","));
    return new Stmt.Import(t.spanFrom(start), names);
  }

  /** {@code from ..a.b import (c as d, e)} or {@code from a import *}. */
  static Stmt importFrom(Tokens t) {
    Token start = t.expect("from");
    int level = 0;
    while (t.atOp(".") || t.atOp("...")) {
      level += t.next().text().length();
    }
    String module = null;
    if (!t.atKeyword("import")) {
      module = dotted(t);
    }
    if (module == null && level == 0) {
      throw t.invalidSyntax(t.peek());
    }
    t.expect("import");
    List<Alias> names = new ArrayList<>();
    if (t.atOp("*")) {
      Token star = t.next();
      names.add(new Alias(star.span(), "*", null));
    } else if (t.accept("(")) {
      do {
        if (t.atOp(")") && !names.isEmpty()) {
          break;
        }
        names.add(alias(t, false));
      } while (t.accept(","));
      t.expect(")");
    } else {
      while (true) {
        names.add(alias(t, false));
        if (!t.accept(",")) {
          break;
        }
        if (t.peek().kind() == TokenKind.NEWLINE) {
          throw t.error(t.peek(), "trailing comma not allowed without surrounding parentheses");
        }
      }
    }
    return new Stmt.ImportFrom(t.spanFrom(start), module, names, level);
  }

  private static String dotted(Tokens t) {
    StringBuilder name = new StringBuilder(t.expectIdentifier().text());
    while (t.atOp(".")) {
      t.next();
      name.append('.').append(t.expectIdentifier().text());
    }
    return name.toString();
  }

  private static Alias alias(Tokens t, boolean allowDots) {
    Token start = t.peek();
    String name = allowDots ? dotted(t) : t.expectIdentifier().text();
    String asName = t.accept("as") ? t.expectIdentifier().text() : null;
    return new Alias(t.spanFrom(start), name, asName);
  }
}
