package migrationtutor.sandbox.sqlite3;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits UTF-8 SQL text into tokens with the boundaries of SQLite 3.40's sqlite3GetToken
 * (tokenize.c), so that an error message's token can be found again in the text.
 */
final class SqlTokenizer {
  private SqlTokenizer() {}

  /** tokenize.c IdChar(): letters, digits, '_', '$' and every byte of a multi-byte character. */
  static boolean idChar(int c) {
    return c >= 0x80 || Bytes.isAlnum(c) || c == '_' || c == '$';
  }

  static List<SqlToken> tokens(byte[] z, int from, int to) {
    List<SqlToken> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      SqlToken t = next(z, i, to);
      out.add(t);
      i = t.end();
    }
    return out;
  }

  /** Tokens that are not whitespace or comments. */
  static List<SqlToken> solid(byte[] z, int from, int to) {
    List<SqlToken> out = new ArrayList<>();
    for (SqlToken t : tokens(z, from, to)) {
      if (t.kind() != SqlToken.Kind.SPACE) {
        out.add(t);
      }
    }
    return out;
  }

  private static int at(byte[] z, int i, int to) {
    return i < to ? z[i] & 0xff : 0;
  }

  static SqlToken next(byte[] z, int s, int to) {
    int c = at(z, s, to);
    int i;
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\f':
      case '\r':
        for (i = s + 1; Bytes.isSpace(at(z, i, to)); i++) {
          // sqlite3Isspace() also takes \v once the first byte has started a space token.
        }
        return tok(SqlToken.Kind.SPACE, s, i);
      case '-':
        if (at(z, s + 1, to) == '-') {
          for (i = s + 2; at(z, i, to) != 0 && at(z, i, to) != '\n'; i++) {
            // comment to end of line
          }
          return tok(SqlToken.Kind.SPACE, s, i);
        }
        if (at(z, s + 1, to) == '>') {
          return tok(SqlToken.Kind.OPERATOR, s, s + 2 + (at(z, s + 2, to) == '>' ? 1 : 0));
        }
        return tok(SqlToken.Kind.OPERATOR, s, s + 1);
      case '(':
        return tok(SqlToken.Kind.LP, s, s + 1);
      case ')':
        return tok(SqlToken.Kind.RP, s, s + 1);
      case ';':
        return tok(SqlToken.Kind.SEMI, s, s + 1);
      case ',':
        return tok(SqlToken.Kind.COMMA, s, s + 1);
      case '/':
        if (at(z, s + 1, to) != '*' || at(z, s + 2, to) == 0) {
          return tok(SqlToken.Kind.OPERATOR, s, s + 1);
        }
        i = s + 3;
        c = at(z, s + 2, to);
        while ((c != '*' || at(z, i, to) != '/') && (c = at(z, i, to)) != 0) {
          i++;
        }
        if (c != 0) {
          i++;
        }
        return tok(SqlToken.Kind.SPACE, s, Math.min(i, to));
      case '=':
        return tok(SqlToken.Kind.OPERATOR, s, s + 1 + (at(z, s + 1, to) == '=' ? 1 : 0));
      case '<':
        c = at(z, s + 1, to);
        return tok(SqlToken.Kind.OPERATOR, s, s + (c == '=' || c == '>' || c == '<' ? 2 : 1));
      case '>':
        c = at(z, s + 1, to);
        return tok(SqlToken.Kind.OPERATOR, s, s + (c == '=' || c == '>' ? 2 : 1));
      case '!':
        return at(z, s + 1, to) == '='
            ? tok(SqlToken.Kind.OPERATOR, s, s + 2)
            : tok(SqlToken.Kind.ILLEGAL, s, s + 1);
      case '|':
        return tok(SqlToken.Kind.OPERATOR, s, s + (at(z, s + 1, to) == '|' ? 2 : 1));
      case '+':
      case '*':
      case '%':
      case '&':
      case '~':
        return tok(SqlToken.Kind.OPERATOR, s, s + 1);
      case '\'':
      case '"':
      case '`':
        return quoted(z, s, to, c);
      case '.':
        if (!Bytes.isDigit(at(z, s + 1, to))) {
          return tok(SqlToken.Kind.DOT, s, s + 1);
        }
        return number(z, s, to);
      case '[':
        for (i = s + 1, c = '['; c != ']' && (c = at(z, i, to)) != 0; i++) {
          // to the closing bracket
        }
        return tok(c == ']' ? SqlToken.Kind.ID : SqlToken.Kind.ILLEGAL, s, i);
      case '?':
        for (i = s + 1; Bytes.isDigit(at(z, i, to)); i++) {
          // ?NNN
        }
        return tok(SqlToken.Kind.VARIABLE, s, i);
      case '$':
      case '@':
      case ':':
      case '#':
        return variable(z, s, to);
      case 'x':
      case 'X':
        if (at(z, s + 1, to) == '\'') {
          return blob(z, s, to);
        }
        return identifier(z, s, to);
      case 0:
        return tok(SqlToken.Kind.ILLEGAL, s, s + 1);
      default:
        if (Bytes.isDigit(c)) {
          return number(z, s, to);
        }
        if (c == 0xef && at(z, s + 1, to) == 0xbb && at(z, s + 2, to) == 0xbf) {
          return tok(SqlToken.Kind.SPACE, s, s + 3);
        }
        if (idChar(c)) {
          return identifier(z, s, to);
        }
        return tok(SqlToken.Kind.ILLEGAL, s, s + 1);
    }
  }

  private static SqlToken tok(SqlToken.Kind k, int s, int e) {
    return new SqlToken(k, s, e);
  }

  private static SqlToken identifier(byte[] z, int s, int to) {
    int i = s + 1;
    while (idChar(at(z, i, to))) {
      i++;
    }
    return tok(SqlToken.Kind.ID, s, i);
  }

  private static SqlToken quoted(byte[] z, int s, int to, int delim) {
    int i;
    int c = 0;
    for (i = s + 1; (c = at(z, i, to)) != 0; i++) {
      if (c == delim) {
        if (at(z, i + 1, to) == delim) {
          i++;
        } else {
          break;
        }
      }
    }
    if (c == '\'') {
      return tok(SqlToken.Kind.STRING, s, i + 1);
    } else if (c != 0) {
      return tok(SqlToken.Kind.ID, s, i + 1);
    }
    return tok(SqlToken.Kind.ILLEGAL, s, i);
  }

  private static SqlToken number(byte[] z, int s, int to) {
    SqlToken.Kind kind = SqlToken.Kind.NUMBER;
    int i = s;
    if (at(z, s, to) == '0' && (at(z, s + 1, to) | 0x20) == 'x' && isXDigit(at(z, s + 2, to))) {
      for (i = s + 3; isXDigit(at(z, i, to)); i++) {
        // hex digits
      }
      return tok(kind, s, i);
    }
    while (Bytes.isDigit(at(z, i, to))) {
      i++;
    }
    if (at(z, i, to) == '.') {
      i++;
      while (Bytes.isDigit(at(z, i, to))) {
        i++;
      }
    }
    int e = at(z, i, to);
    if ((e == 'e' || e == 'E')
        && (Bytes.isDigit(at(z, i + 1, to))
            || ((at(z, i + 1, to) == '+' || at(z, i + 1, to) == '-')
                && Bytes.isDigit(at(z, i + 2, to))))) {
      i += 2;
      while (Bytes.isDigit(at(z, i, to))) {
        i++;
      }
    }
    while (idChar(at(z, i, to))) {
      kind = SqlToken.Kind.ILLEGAL;
      i++;
    }
    return tok(kind, s, i);
  }

  private static SqlToken variable(byte[] z, int s, int to) {
    SqlToken.Kind kind = SqlToken.Kind.VARIABLE;
    int n = 0;
    int i;
    int c;
    for (i = s + 1; (c = at(z, i, to)) != 0; i++) {
      if (idChar(c)) {
        n++;
      } else if (c == '(' && n > 0) {
        do {
          i++;
        } while ((c = at(z, i, to)) != 0 && !Bytes.isSpace(c) && c != ')');
        if (c == ')') {
          i++;
        } else {
          kind = SqlToken.Kind.ILLEGAL;
        }
        break;
      } else if (c == ':' && at(z, i + 1, to) == ':') {
        i++;
      } else {
        break;
      }
    }
    return tok(n == 0 ? SqlToken.Kind.ILLEGAL : kind, s, i);
  }

  private static SqlToken blob(byte[] z, int s, int to) {
    SqlToken.Kind kind = SqlToken.Kind.BLOB;
    int i;
    for (i = s + 2; isXDigit(at(z, i, to)); i++) {
      // hex digits
    }
    if (at(z, i, to) != '\'' || (i - s) % 2 != 0) {
      kind = SqlToken.Kind.ILLEGAL;
      while (at(z, i, to) != 0 && at(z, i, to) != '\'') {
        i++;
      }
    }
    if (at(z, i, to) != 0) {
      i++;
    }
    return tok(kind, s, i);
  }

  private static boolean isXDigit(int c) {
    return Bytes.isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  }
}
