package migrationtutor.sandbox.sqlite3;

/** The shell's value quoting routines (shell.c output_*_string and output_hex_blob). */
final class Quoting {
  private static final byte[] HEX = Bytes.utf8("0123456789abcdef");

  private Quoting() {}

  /** output_hex_blob(): {@code X'0aff'}. */
  static void hexBlob(Out out, byte[] blob) {
    byte[] b = new byte[blob.length * 2 + 3];
    b[0] = 'X';
    b[1] = '\'';
    for (int i = 0; i < blob.length; i++) {
      b[2 + 2 * i] = HEX[(blob[i] >> 4) & 0xf];
      b[3 + 2 * i] = HEX[blob[i] & 0xf];
    }
    b[b.length - 1] = '\'';
    out.write(b);
  }

  /** output_quoted_string(): SQL single quotes, inner quotes doubled. */
  static void quoted(Out out, byte[] z) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(z.length + 2);
    b.write('\'');
    for (byte c : z) {
      b.write(c);
      if (c == '\'') {
        b.write('\'');
      }
    }
    b.write('\'');
    out.write(b.toByteArray());
  }

  /**
   * output_quoted_escaped_string(): like {@link #quoted} but newlines and carriage returns become
   * replace(...,'\n',char(10)) so the text survives line-ending translation.
   */
  static void quotedEscaped(Out out, byte[] z) {
    int nl = 0;
    int cr = 0;
    for (byte c : z) {
      if (c == '\n') {
        nl++;
      } else if (c == '\r') {
        cr++;
      }
    }
    if (nl == 0 && cr == 0) {
      quoted(out, z);
      return;
    }
    byte[] zNl = nl > 0 ? unusedString(z, "\\n", "\\012") : null;
    byte[] zCr = cr > 0 ? unusedString(z, "\\r", "\\015") : null;
    if (nl > 0) {
      out.print("replace(");
    }
    if (cr > 0) {
      out.print("replace(");
    }
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(z.length + 2);
    b.write('\'');
    for (byte c : z) {
      if (c == '\n') {
        b.writeBytes(zNl);
      } else if (c == '\r') {
        b.writeBytes(zCr);
      } else {
        b.write(c);
        if (c == '\'') {
          b.write('\'');
        }
      }
    }
    b.write('\'');
    out.write(b.toByteArray());
    if (cr > 0) {
      out.print(",'").write(zCr).print("',char(13))");
    }
    if (nl > 0) {
      out.print(",'").write(zNl).print("',char(10))");
    }
  }

  /** shell.c unused_string(): a marker that does not occur in z. */
  private static byte[] unusedString(byte[] z, String a, String b) {
    if (Bytes.indexOf(z, Bytes.utf8(a)) < 0) {
      return Bytes.utf8(a);
    }
    if (Bytes.indexOf(z, Bytes.utf8(b)) < 0) {
      return Bytes.utf8(b);
    }
    for (long i = 0; ; i++) {
      // sqlite3_snprintf(20,...) keeps at most 19 bytes of "(\\n<i>)".
      byte[] cand = Bytes.limit(Bytes.utf8("(" + a + Long.toUnsignedString(i) + ")"), 19);
      if (Bytes.indexOf(z, cand) < 0) {
        return cand;
      }
    }
  }

  /** output_c_string(): C/TCL double-quoted form with backslash escapes. */
  static void cString(Out out, byte[] z) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write('"');
    for (byte x : z) {
      int c = x & 0xff;
      if (c == '\\') {
        b.write('\\');
        b.write('\\');
      } else if (c == '"') {
        b.write('\\');
        b.write('"');
      } else if (c == '\t') {
        b.write('\\');
        b.write('t');
      } else if (c == '\n') {
        b.write('\\');
        b.write('n');
      } else if (c == '\r') {
        b.write('\\');
        b.write('r');
      } else if (c < 0x20 || c >= 0x7f) {
        // isprint() in the C locale: only 0x20..0x7e print as themselves.
        b.writeBytes(Bytes.utf8(String.format(java.util.Locale.ROOT, "\\%03o", c)));
      } else {
        b.write(c);
      }
    }
    b.write('"');
    out.write(b.toByteArray());
  }

  /** output_json_string(). */
  static void json(Out out, byte[] z) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    b.write('"');
    for (byte x : z) {
      int c = x & 0xff;
      if (c == '\\' || c == '"') {
        b.write('\\');
        b.write(c);
      } else if (c <= 0x1f) {
        b.write('\\');
        switch (c) {
          case '\b':
            b.write('b');
            break;
          case '\f':
            b.write('f');
            break;
          case '\n':
            b.write('n');
            break;
          case '\r':
            b.write('r');
            break;
          case '\t':
            b.write('t');
            break;
          default:
            b.writeBytes(Bytes.utf8(String.format(java.util.Locale.ROOT, "u%04x", c)));
        }
      } else {
        b.write(c);
      }
    }
    b.write('"');
    out.write(b.toByteArray());
  }

  /** output_html_string(). */
  static void html(Out out, byte[] z) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (byte x : z) {
      switch (x) {
        case '<':
          b.writeBytes(Bytes.utf8("&lt;"));
          break;
        case '&':
          b.writeBytes(Bytes.utf8("&amp;"));
          break;
        case '>':
          b.writeBytes(Bytes.utf8("&gt;"));
          break;
        case '"':
          b.writeBytes(Bytes.utf8("&quot;"));
          break;
        case '\'':
          b.writeBytes(Bytes.utf8("&#39;"));
          break;
        default:
          b.write(x);
      }
    }
    out.write(b.toByteArray());
  }

  /** output_csv(): quotes a field that holds a special byte or the separator. */
  static void csv(Out out, byte[] z, byte[] nullValue, byte[] sep, boolean withSep) {
    if (z == null) {
      out.write(nullValue);
    } else {
      boolean quote = false;
      for (byte x : z) {
        int c = x & 0xff;
        if (c < 0x20 || c == '"' || c == '\'' || c == ' ' || c >= 0x7f) {
          quote = true;
          break;
        }
      }
      // An empty field ends the C loop with i==0, which takes the quoting branch too.
      if (z.length == 0 || quote || Bytes.indexOf(z, sep) >= 0) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write('"');
        for (byte x : z) {
          b.write(x);
          if (x == '"') {
            b.write('"');
          }
        }
        b.write('"');
        out.write(b.toByteArray());
      } else {
        out.write(z);
      }
    }
    if (withSep) {
      out.write(sep);
    }
  }
}
