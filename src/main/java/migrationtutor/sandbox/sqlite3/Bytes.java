package migrationtutor.sandbox.sqlite3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte-string helpers. The shell works on C strings of UTF-8 bytes: widths count UTF-8 characters
 * (bytes that are not continuation bytes, shell.c's strlenChar), padding counts bytes (printf's
 * {@code %-*s}), and a value stops at its first NUL byte.
 */
final class Bytes {
  static final byte[] EMPTY = new byte[0];

  private Bytes() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String str(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A Java string as the C string the shell would see: UTF-8, cut at the first NUL. */
  static byte[] cstr(String s) {
    return cut(utf8(s));
  }

  /** Cuts at the first NUL byte, as every {@code %s} of the shell does. */
  static byte[] cut(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        return Arrays.copyOf(b, i);
      }
    }
    return b;
  }

  /** At most {@code max} bytes, as {@code sqlite3_snprintf} into a fixed buffer keeps. */
  static byte[] limit(byte[] b, int max) {
    return b.length <= max ? b : Arrays.copyOf(b, max);
  }

  /** shell.c strlenChar: the number of bytes that are not UTF-8 continuation bytes. */
  static int charCount(byte[] b) {
    int n = 0;
    for (byte x : b) {
      if ((x & 0xc0) != 0x80) {
        n++;
      }
    }
    return n;
  }

  static boolean isSpace(int c) {
    // C isspace() in the C locale: space, \t, \n, \v, \f, \r.
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAlpha(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAlnum(int c) {
    return isAlpha(c) || isDigit(c);
  }

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** ASCII case-insensitive equality, as sqlite3_stricmp. */
  static boolean equalsIgnoreCase(String a, String b) {
    return a.equalsIgnoreCase(b) && a.length() == b.length();
  }
}
