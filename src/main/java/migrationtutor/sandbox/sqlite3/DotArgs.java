package migrationtutor.sandbox.sqlite3;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dot-command line split into arguments as shell.c do_meta_command() splits it: whitespace
 * separates, '...' and "..." group (a missing close quote runs to the end), and backslash escapes
 * are resolved in unquoted and double-quoted arguments. At most 51 arguments are kept.
 */
final class DotArgs {
  private static final int MAX_ARGS = 51;

  private final List<byte[]> args;

  private DotArgs(List<byte[]> args) {
    this.args = args;
  }

  static DotArgs parse(byte[] line) {
    List<byte[]> args = new ArrayList<>();
    int h = 1;
    int n = line.length;
    while (h < n && args.size() < MAX_ARGS) {
      while (h < n && Bytes.isSpace(line[h])) {
        h++;
      }
      if (h >= n) {
        break;
      }
      int start;
      if (line[h] == '\'' || line[h] == '"') {
        byte delim = line[h++];
        start = h;
        while (h < n && line[h] != delim) {
          if (line[h] == '\\' && delim == '"' && h + 1 < n) {
            h++;
          }
          h++;
        }
        byte[] arg = Arrays.copyOfRange(line, start, Math.min(h, n));
        if (h < n && line[h] == delim) {
          h++;
        }
        args.add(delim == '"' ? resolveBackslashes(arg) : arg);
      } else {
        start = h;
        while (h < n && !Bytes.isSpace(line[h])) {
          h++;
        }
        args.add(resolveBackslashes(Arrays.copyOfRange(line, start, h)));
        if (h < n) {
          h++;
        }
      }
    }
    return new DotArgs(args);
  }

  /** shell.c resolve_backslashes(): \n, \t, \\, \NNN octal and friends; a NUL ends the text. */
  static byte[] resolveBackslashes(byte[] z) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < z.length; i++) {
      int c = z[i] & 0xff;
      if (c == '\\' && i + 1 < z.length) {
        c = z[++i] & 0xff;
        switch (c) {
          case 'a':
            c = 7;
            break;
          case 'b':
            c = '\b';
            break;
          case 't':
            c = '\t';
            break;
          case 'n':
            c = '\n';
            break;
          case 'v':
            c = 0x0b;
            break;
          case 'f':
            c = '\f';
            break;
          case 'r':
            c = '\r';
            break;
          default:
            if (c >= '0' && c <= '7') {
              c -= '0';
              if (i + 1 < z.length && z[i + 1] >= '0' && z[i + 1] <= '7') {
                c = (c << 3) + z[++i] - '0';
                if (i + 1 < z.length && z[i + 1] >= '0' && z[i + 1] <= '7') {
                  c = (c << 3) + z[++i] - '0';
                }
              }
            }
        }
      }
      b.write(c);
    }
    return Bytes.cut(b.toByteArray());
  }

  int count() {
    return args.size();
  }

  byte[] bytes(int i) {
    return args.get(i);
  }

  String get(int i) {
    return Bytes.str(args.get(i));
  }
}
