package migrationtutor.sandbox.sqlite3;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sqlite3_error_offset() for an error, which sqlite-jdbc does not expose. SQLite 3.40 records
 * an offset only for messages built from a token ({@code %T}, e.g. {@code near "X": syntax error},
 * {@code table x already exists}) or from an expression (no such column, function misuse); the
 * token is found again in the statement's text. A syntax error's token may occur more than once, so
 * the statement is re-prepared up to each occurrence until SQLite fails at it the same way.
 */
final class ErrorLocator {
  private static final int MAX_PROBES = 64;
  private static final Pattern NEAR = Pattern.compile("near \"(.*)\": syntax error");
  private static final Pattern UNRECOGNIZED = Pattern.compile("unrecognized token: \"(.*)\"");
  private static final Pattern COLUMN =
      Pattern.compile("(?:no such column|ambiguous column name): (.*)");
  private static final Pattern FUNCTION =
      Pattern.compile(
          "no such function: (.*)|wrong number of arguments to function (.*)\\(\\)"
              + "|misuse of (?:aggregate|window) function (.*)\\(\\)"
              + "|(.*)\\(\\) may not be used as a window function"
              + "|FILTER may not be used with non-aggregate (.*)\\(\\)|unsafe use of (.*)\\(\\)"
              + "|misuse of aggregate: (.*)\\(\\)|unknown function: (.*)\\(\\)"
              + "|not authorized to use function: (.*)");
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:table|view) (.*) already exists|trigger (.*) already exists|unknown database (.*)"
              + "|too many arguments on function (.*)|oversized integer: -?(.*)"
              + "|hex literal too big: -?(.*)");
  private static final Pattern VARIABLE =
      Pattern.compile("variable number must be between \\?1 and \\?(\\d+)");

  private ErrorLocator() {}

  /** The byte offset of the error in z[start..end), or -1 when SQLite records none. */
  static int locate(Database db, String message, byte[] z, int start, int end) {
    List<SqlToken> tokens = SqlTokenizer.solid(z, start, end);
    Matcher m;
    int at = -1;
    if ((m = NEAR.matcher(message)).matches()) {
      at = syntaxError(db, message, m.group(1), tokens, z, start);
    } else if ((m = UNRECOGNIZED.matcher(message)).matches()) {
      for (SqlToken t : tokens) {
        if (t.kind() == SqlToken.Kind.ILLEGAL && t.text(z).equals(m.group(1))) {
          at = t.start();
          break;
        }
      }
    } else if ((m = COLUMN.matcher(message)).matches()) {
      String name = m.group(1);
      if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
        // ALTER TABLE ... COLUMN: alter.c prints the token itself inside quotes (%T).
        at = firstWithText(name.substring(1, name.length() - 1), tokens, z);
      } else {
        at = columnName(name, tokens, z);
        if (isUpdateTarget(at, tokens, z)) {
          // sqlite3Update() names a bad SET column with %s, so no offset is recorded.
          at = -1;
        }
      }
    } else if ((m = FUNCTION.matcher(message)).matches()) {
      String name = firstGroup(m);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).text(z).equals(name) && tokens.get(i + 1).kind() == SqlToken.Kind.LP) {
          at = tokens.get(i).start();
          break;
        }
      }
    } else if ((m = TOKEN.matcher(message)).matches()) {
      at = firstWithText(firstGroup(m), tokens, z);
    } else if ((m = VARIABLE.matcher(message)).matches()) {
      long max = Long.parseLong(m.group(1));
      for (SqlToken t : tokens) {
        String s = t.text(z);
        if (t.kind() == SqlToken.Kind.VARIABLE && s.startsWith("?") && s.length() > 1) {
          boolean bad =
              s.length() > 19
                  || Long.parseLong(s.substring(1)) < 1
                  || Long.parseLong(s.substring(1)) > max;
          if (bad) {
            at = t.start();
            break;
          }
        }
      }
    }
    return at < 0 ? -1 : at - start;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return "";
  }

  private static int firstWithText(String text, List<SqlToken> tokens, byte[] z) {
    for (SqlToken t : tokens) {
      if (t.text(z).equals(text)) {
        return t.start();
      }
    }
    return -1;
  }

  private static int syntaxError(
      Database db, String message, String token, List<SqlToken> tokens, byte[] z, int start) {
    int first = -1;
    int probes = 0;
    for (SqlToken t : tokens) {
      if (!t.text(z).equals(token)) {
        continue;
      }
      if (first < 0) {
        first = t.start();
      }
      if (probes++ >= MAX_PROBES) {
        break;
      }
      if (failsTheSameWay(
          db, new String(z, start, t.end() - start, StandardCharsets.UTF_8), message)) {
        return t.start();
      }
    }
    return first;
  }

  /** Whether the token at {@code at} is a column assigned by UPDATE ... SET. */
  private static boolean isUpdateTarget(int at, List<SqlToken> tokens, byte[] z) {
    if (at < 0 || tokens.isEmpty() || !tokens.get(0).isWord(z, "update")) {
      return false;
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).start() == at) {
        SqlToken before = tokens.get(i - 1);
        boolean listed = before.isWord(z, "set") || before.kind() == SqlToken.Kind.COMMA;
        return listed && tokens.get(i + 1).text(z).equals("=");
      }
    }
    return false;
  }

  /** Whether preparing {@code sql} fails with {@code message}. */
  private static boolean failsTheSameWay(Database db, String sql, String message) {
    try {
      db.prepare(sql).close();
      return false;
    } catch (SQLException e) {
      return SqliteError.of(e).message().equals(message);
    }
  }

  /** The start of the first (possibly qualified) column reference naming {@code name}. */
  private static int columnName(String name, List<SqlToken> tokens, byte[] z) {
    String[] parts = name.split("\\.", -1);
    for (int i = 0; i < tokens.size(); i++) {
      int k = i;
      boolean ok = true;
      for (int p = 0; p < parts.length && ok; p++) {
        if (p > 0) {
          ok = k < tokens.size() && tokens.get(k).kind() == SqlToken.Kind.DOT;
          k++;
        }
        ok = ok && k < tokens.size() && dequote(tokens.get(k).text(z)).equals(parts[p]);
        k++;
      }
      if (ok) {
        return tokens.get(i).start();
      }
    }
    return firstWithText(name, tokens, z);
  }

  /** sqlite3Dequote(): strips "..", [..], `..` or '..' quoting. */
  static String dequote(String s) {
    if (s.length() < 2) {
      return s;
    }
    char q = s.charAt(0);
    char close = q == '[' ? ']' : q;
    if ((q == '"' || q == '\'' || q == '`' || q == '[') && s.charAt(s.length() - 1) == close) {
      String inner = s.substring(1, s.length() - 1);
      return q == '[' ? inner : inner.replace("" + q + q, "" + q);
    }
    return s;
  }

  /** shell.c shell_error_context(): the statement with a caret under the error. */
  static String context(byte[] z, int start, int offset) {
    if (offset < 0) {
      return "";
    }
    int p = start;
    int iOffset = offset;
    while (iOffset > 50) {
      iOffset--;
      p++;
      while (p < z.length && (z[p] & 0xc0) == 0x80) {
        p++;
        iOffset--;
      }
    }
    int len = z.length - p;
    if (len > 78) {
      len = 78;
      while (p + len < z.length && (z[p + len] & 0xc0) == 0x80) {
        len--;
      }
    }
    byte[] code = new byte[Math.max(0, len)];
    for (int i = 0; i < code.length; i++) {
      code[i] = Bytes.isSpace(z[p + i]) ? (byte) ' ' : z[p + i];
    }
    String codeText = Bytes.str(code);
    if (iOffset < 25) {
      return "\n  " + codeText + "\n  " + " ".repeat(iOffset) + "^--- error here";
    }
    return "\n  " + codeText + "\n  " + " ".repeat(iOffset - 14) + "error here ---^";
  }
}
