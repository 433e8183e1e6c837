package migrationtutor.sandbox.sqlite3;

import java.util.Arrays;

/**
 * How {@code .schema} and {@code .dump} print a CREATE statement: shell.c printSchemaLine(), which
 * rewrites {@code CREATE TABLE "x"} (a quoted name, as after an Alembic batch rebuild) to {@code
 * CREATE TABLE IF NOT EXISTS "x"}, and MODE_Pretty, the {@code --indent} layout.
 */
final class SchemaText {
  private SchemaText() {}

  static void printLine(Out out, byte[] z, String tail) {
    if (z == null) {
      return;
    }
    if (tail.startsWith(";")
        && (Bytes.indexOf(z, Bytes.utf8("/*")) >= 0 || Bytes.indexOf(z, Bytes.utf8("--")) >= 0)) {
      // Close a trailing comment so that the appended ";" is not swallowed by it.
      for (String term : new String[] {"", "*/", "\n"}) {
        byte[] candidate = Bytes.concat(z, Bytes.utf8(term + ";"));
        if (SqlScan.complete(candidate)) {
          z = Arrays.copyOf(candidate, candidate.length - 1);
          break;
        }
      }
    }
    // sqlite3_strglob("CREATE TABLE ['\"]*", z)
    byte[] prefix = Bytes.utf8("CREATE TABLE ");
    if (z.length > prefix.length
        && Arrays.equals(Arrays.copyOf(z, prefix.length), prefix)
        && (z[13] == '\'' || z[13] == '"')) {
      out.print("CREATE TABLE IF NOT EXISTS ").write(z, 13, z.length - 13).print(tail);
    } else {
      out.write(z).print(tail);
    }
  }

  /** shell_callback() MODE_Pretty: one column per line for long CREATE statements. */
  static void printPretty(Out out, byte[] text) {
    if (text == null) {
      return;
    }
    String upper = Bytes.str(text).toUpperCase(java.util.Locale.ROOT);
    if (upper.startsWith("CREATE VIEW") || upper.startsWith("CREATE TRIG")) {
      out.write(text).print(";\n");
      return;
    }
    byte[] z = Arrays.copyOf(text, text.length + 1);
    int j = 0;
    int i = 0;
    while (Bytes.isSpace(at(z, i))) {
      i++;
    }
    for (; at(z, i) != 0; i++) {
      int c = at(z, i);
      if (Bytes.isSpace(c)) {
        if (j > 0 && z[j - 1] == '\r') {
          z[j - 1] = '\n';
        }
        if (j > 0 && (Bytes.isSpace(z[j - 1]) || z[j - 1] == '(')) {
          continue;
        }
      } else if ((c == '(' || c == ')') && j > 0 && Bytes.isSpace(z[j - 1])) {
        j--;
      }
      z[j++] = (byte) c;
    }
    while (j > 0 && Bytes.isSpace(z[j - 1])) {
      j--;
    }
    z[j] = 0;
    int len = j;
    if (len >= 79) {
      int nParen = 0;
      int cEnd = 0;
      int nLine = 0;
      for (i = j = 0; at(z, i) != 0 && i < len; i++) {
        int c = at(z, i);
        if (c == cEnd) {
          cEnd = 0;
        } else if (c == '"' || c == '\'' || c == '`') {
          cEnd = c;
        } else if (c == '[') {
          cEnd = ']';
        } else if (c == '-' && at(z, i + 1) == '-') {
          cEnd = '\n';
        } else if (c == '(') {
          nParen++;
        } else if (c == ')') {
          nParen--;
          if (nLine > 0 && nParen == 0 && j > 0) {
            printLine(out, Arrays.copyOf(z, j), "\n");
            j = 0;
          }
        }
        z[j++] = (byte) c;
        if (nParen == 1
            && cEnd == 0
            && (c == '(' || c == '\n' || (c == ',' && !wsToEol(z, i + 1, len)))) {
          if (c == '\n') {
            j--;
          }
          printLine(out, Arrays.copyOf(z, j), "\n  ");
          j = 0;
          nLine++;
          while (i + 1 < len && Bytes.isSpace(at(z, i + 1))) {
            i++;
          }
        }
      }
      len = j;
    }
    printLine(out, Arrays.copyOf(z, len), ";\n");
  }

  private static int at(byte[] z, int i) {
    return i < z.length ? z[i] & 0xff : 0;
  }

  /** shell.c wsToEol(): only spaces or a "--" comment up to the end of the line. */
  private static boolean wsToEol(byte[] z, int from, int len) {
    for (int i = from; i < len; i++) {
      int c = z[i] & 0xff;
      if (c == '\n') {
        return true;
      }
      if (Bytes.isSpace(c)) {
        continue;
      }
      if (c == '-' && i + 1 < len && z[i + 1] == '-') {
        return true;
      }
      return false;
    }
    return true;
  }
}
