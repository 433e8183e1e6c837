package migrationtutor.sandbox.sqlite3;

/**
 * The shell's views of where SQL text ends: sqlite3_complete() (complete.c, with its CREATE TRIGGER
 * ... END state machine), the shell's per-line quickscan(), and the statement boundary that
 * sqlite3_prepare_v2() reports as the tail.
 */
final class SqlScan {
  // complete.c token classes and transitions.
  private static final int SEMI = 0;
  private static final int WS = 1;
  private static final int OTHER = 2;
  private static final int EXPLAIN = 3;
  private static final int CREATE = 4;
  private static final int TEMP = 5;
  private static final int TRIGGER = 6;
  private static final int END = 7;
  private static final int[][] TRANS = {
    {1, 0, 2, 3, 4, 2, 2, 2},
    {1, 1, 2, 3, 4, 2, 2, 2},
    {1, 2, 2, 2, 2, 2, 2, 2},
    {1, 3, 3, 2, 4, 2, 2, 2},
    {1, 4, 2, 2, 2, 4, 5, 2},
    {6, 5, 5, 5, 5, 5, 5, 5},
    {6, 6, 5, 5, 5, 5, 5, 7},
    {1, 7, 5, 5, 5, 5, 5, 5},
  };

  private SqlScan() {}

  /** sqlite3_complete(). */
  static boolean complete(byte[] z) {
    return scan(z, 0, z.length, false) == -2;
  }

  /**
   * The end (exclusive) of the statement starting at {@code from}: just past the semicolon that
   * completes it, or {@code to} when the text ends first.
   */
  static int statementEnd(byte[] z, int from, int to) {
    int end = scan(z, from, to, true);
    return end >= 0 ? end : to;
  }

  /**
   * Runs complete.c's machine. With {@code stopAtEnd}, returns the index past the first
   * statement-ending semicolon (or -1); otherwise -2 when the text is complete, -1 when not.
   */
  private static int scan(byte[] z, int from, int to, boolean stopAtEnd) {
    int state = 0;
    int i = from;
    while (i < to && z[i] != 0) {
      int c = z[i] & 0xff;
      int token;
      switch (c) {
        case ';':
          token = SEMI;
          break;
        case ' ':
        case '\r':
        case '\t':
        case '\n':
        case '\f':
          token = WS;
          break;
        case '/':
          if (i + 1 >= to || z[i + 1] != '*') {
            token = OTHER;
            break;
          }
          i += 2;
          while (i < to && z[i] != 0 && (z[i] != '*' || i + 1 >= to || z[i + 1] != '/')) {
            i++;
          }
          if (i >= to || z[i] == 0) {
            return -1;
          }
          i++;
          token = WS;
          break;
        case '-':
          if (i + 1 >= to || z[i + 1] != '-') {
            token = OTHER;
            break;
          }
          while (i < to && z[i] != 0 && z[i] != '\n') {
            i++;
          }
          if (i >= to || z[i] == 0) {
            return !stopAtEnd && state == 1 ? -2 : -1;
          }
          token = WS;
          break;
        case '[':
          i++;
          while (i < to && z[i] != 0 && z[i] != ']') {
            i++;
          }
          if (i >= to || z[i] == 0) {
            return -1;
          }
          token = OTHER;
          break;
        case '`':
        case '"':
        case '\'':
          i++;
          while (i < to && z[i] != 0 && (z[i] & 0xff) != c) {
            i++;
          }
          if (i >= to || z[i] == 0) {
            return -1;
          }
          token = OTHER;
          break;
        default:
          if (SqlTokenizer.idChar(c)) {
            int n = 1;
            while (i + n < to && SqlTokenizer.idChar(z[i + n] & 0xff)) {
              n++;
            }
            token = keyword(new String(z, i, n, java.nio.charset.StandardCharsets.ISO_8859_1));
            i += n - 1;
          } else {
            token = OTHER;
          }
          break;
      }
      int next = TRANS[state][token];
      if (stopAtEnd && token == SEMI && next == 1) {
        return i + 1;
      }
      state = next;
      i++;
    }
    if (stopAtEnd) {
      return -1;
    }
    return state == 1 ? -2 : -1;
  }

  private static int keyword(String w) {
    switch (w.toLowerCase(java.util.Locale.ROOT)) {
      case "create":
        return CREATE;
      case "trigger":
        return TRIGGER;
      case "temp":
      case "temporary":
        return TEMP;
      case "end":
        return END;
      case "explain":
        return EXPLAIN;
      default:
        return OTHER;
    }
  }

  // shell.c QuickScanState: the low byte is the awaited closing character.
  static final int QSS_START = 0;
  static final int QSS_HAS_DARK = 1 << 8;
  static final int QSS_ENDING_SEMI = 2 << 8;
  private static final int QSS_CHAR_MASK = (1 << 8) - 1;
  private static final int QSS_SCAN_MASK = 3 << 8;

  static boolean inPlain(int qss) {
    return (qss & QSS_CHAR_MASK) == QSS_START;
  }

  static boolean plainWhite(int qss) {
    return (qss & ~QSS_ENDING_SEMI) == QSS_START;
  }

  static boolean semiTerminated(int qss) {
    return (qss & ~QSS_HAS_DARK) == QSS_ENDING_SEMI;
  }

  /** shell.c quickscan(): classifies a line, resuming the state of the previous lines. */
  static int quickscan(byte[] line, int qss) {
    int i = 0;
    int n = line.length;
    int wait = qss & QSS_CHAR_MASK;
    boolean plain = wait == 0;
    while (true) {
      if (plain) {
        boolean restart = false;
        while (i < n) {
          int c = line[i++] & 0xff;
          if (Bytes.isSpace(c)) {
            continue;
          }
          if (c == '-' && i < n && line[i] == '-') {
            i++;
            while (i < n && line[i] != '\n') {
              i++;
            }
            if (i >= n) {
              return qss;
            }
            continue;
          }
          if (c == ';') {
            qss |= QSS_ENDING_SEMI;
            continue;
          }
          if (c == '/' && i < n && line[i] == '*') {
            i++;
            wait = '*';
            qss = wait | (qss & QSS_SCAN_MASK);
            restart = true;
            break;
          }
          if (c == '[' || c == '`' || c == '\'' || c == '"') {
            wait = c == '[' ? ']' : c;
            qss = QSS_HAS_DARK | wait;
            restart = true;
            break;
          }
          qss = (qss & ~QSS_ENDING_SEMI) | QSS_HAS_DARK;
        }
        if (!restart) {
          return qss;
        }
        plain = false;
      } else {
        boolean back = false;
        while (i < n) {
          int c = line[i++] & 0xff;
          if (c != wait) {
            continue;
          }
          if (wait == '*') {
            if (i >= n || line[i] != '/') {
              continue;
            }
            i++;
          } else if (wait != ']' && i < n && (line[i] & 0xff) == wait) {
            i++;
            continue;
          }
          wait = 0;
          qss = qss & QSS_SCAN_MASK;
          back = true;
          break;
        }
        if (!back) {
          return qss;
        }
        plain = true;
      }
    }
  }

  /** shell.c line_is_command_terminator(): a line holding only "/" or "go" ends the SQL. */
  static boolean isCommandTerminator(byte[] line) {
    int i = 0;
    while (i < line.length && Bytes.isSpace(line[i])) {
      i++;
    }
    if (i < line.length && line[i] == '/') {
      i += 1;
    } else if (i + 1 < line.length && (line[i] | 0x20) == 'g' && (line[i + 1] | 0x20) == 'o') {
      i += 2;
    } else {
      return false;
    }
    byte[] rest = java.util.Arrays.copyOfRange(line, i, line.length);
    return quickscan(rest, QSS_START) == QSS_START;
  }
}
