package migrationtutor.engine.pysrc;

import java.util.function.Function;

/**
 * Finds where the expression of an f-string replacement field ends, as the scanning loop of CPython
 * 3.11's fstring_find_expr: at depth 0, at '!' (not "!="), ':', '}' or '=' (not "==").
 */
final class FieldScanner {
  private FieldScanner() {}

  /** The index of the character that ends the expression starting at start. */
  static int endOfExpression(
      String text, int start, int end, Function<String, PySyntaxError> error) {
    char quote = 0;
    int stringType = 0;
    char[] stack = new char[Lexer.MAX_LEVEL];
    int depth = 0;
    int pos = start;
    for (; pos < end; pos++) {
      char ch = text.charAt(pos);
      if (ch == '\\') {
        throw error.apply("f-string expression part cannot include a backslash");
      }
      if (quote != 0) {
        if (ch == quote) {
          if (stringType == 3) {
            if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
              pos += 2;
              quote = 0;
              stringType = 0;
            }
          } else {
            quote = 0;
            stringType = 0;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
          stringType = 3;
          pos += 2;
        } else {
          stringType = 1;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (depth >= Lexer.MAX_LEVEL) {
          throw error.apply("f-string: too many nested parenthesis");
        }
        stack[depth++] = ch;
      } else if (ch == '#') {
        throw error.apply("f-string expression part cannot include '#'");
      } else if (depth == 0
          && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (pos + 1 < end) {
          char next = text.charAt(pos + 1);
          if (next == '=' && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
            pos++;
            continue;
          }
        }
        if (ch == '>' || ch == '<') {
          continue;
        }
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (depth == 0) {
          throw error.apply("f-string: unmatched '" + ch + "'");
        }
        char opening = stack[--depth];
        if (Operators.closerOf(opening) != ch) {
          throw error.apply(
              "f-string: closing parenthesis '"
                  + ch
                  + "' does not match opening parenthesis '"
                  + opening
                  + "'");
        }
      }
    }
    if (quote != 0) {
      throw error.apply("f-string: unterminated string");
    }
    if (depth > 0) {
      throw error.apply("f-string: unmatched '" + stack[depth - 1] + "'");
    }
    if (pos >= end) {
      throw error.apply("f-string: expecting '}'");
    }
    return pos;
  }
}
