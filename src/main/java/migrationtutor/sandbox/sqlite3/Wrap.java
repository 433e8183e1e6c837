package migrationtutor.sandbox.sqlite3;

import java.util.Arrays;

/**
 * shell.c translateForDisplayAndDup(): the first display line of a value in columnar modes (tabs
 * expanded, cut at a control character or at the wrap width) and the rest for the next line.
 */
final class Wrap {
  record Result(byte[] line, byte[] tail) {}

  private Wrap() {}

  private static int at(byte[] z, int i) {
    return i < z.length ? z[i] & 0xff : 0;
  }

  static Result split(byte[] z, int mxWidth, boolean wordWrap) {
    if (mxWidth < 0) {
      mxWidth = -mxWidth;
    }
    if (mxWidth == 0) {
      mxWidth = 1000000;
    }
    int i = 0;
    int n = 0;
    while (n < mxWidth) {
      int c = at(z, i);
      if (c >= ' ') {
        n++;
        do {
          i++;
        } while ((at(z, i) & 0xc0) == 0x80);
        continue;
      }
      if (c == '\t') {
        do {
          n++;
        } while ((n & 7) != 0 && n < mxWidth);
        i++;
        continue;
      }
      break;
    }
    int k;
    if (n >= mxWidth && wordWrap) {
      // Back up to a better place to break the line.
      for (k = i; k > i / 2; k--) {
        if (Bytes.isSpace(at(z, k - 1))) {
          break;
        }
      }
      if (k <= i / 2) {
        for (k = i; k > i / 2; k--) {
          if (Bytes.isAlnum(at(z, k - 1)) != Bytes.isAlnum(at(z, k)) && (at(z, k) & 0xc0) != 0x80) {
            break;
          }
        }
      }
      if (k <= i / 2) {
        k = i;
      } else {
        i = k;
        while (at(z, i) == ' ') {
          i++;
        }
      }
    } else {
      k = i;
    }
    byte[] tail;
    if (n >= mxWidth && at(z, i) >= ' ') {
      tail = Arrays.copyOfRange(z, i, z.length);
    } else if (at(z, i) == '\r' && at(z, i + 1) == '\n') {
      tail = at(z, i + 2) != 0 ? Arrays.copyOfRange(z, i + 2, z.length) : null;
    } else if (at(z, i) == 0 || at(z, i + 1) == 0) {
      tail = null;
    } else {
      tail = Arrays.copyOfRange(z, i + 1, z.length);
    }
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    int col = 0;
    int p = 0;
    while (p < k) {
      int c = at(z, p);
      if (c >= ' ') {
        col++;
        do {
          b.write(z[p++]);
        } while (p < z.length && (at(z, p) & 0xc0) == 0x80);
        continue;
      }
      if (c == '\t') {
        do {
          col++;
          b.write(' ');
        } while ((col & 7) != 0 && col < mxWidth);
        p++;
        continue;
      }
      break;
    }
    return new Result(b.toByteArray(), tail);
  }
}
