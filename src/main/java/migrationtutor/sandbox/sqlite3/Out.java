package migrationtutor.sandbox.sqlite3;

import java.io.PrintStream;

/**
 * One of the shell's output streams. Everything is written as bytes: result values are the
 * database's bytes, unchanged (the real shell writes them with fprintf), and text is UTF-8.
 */
final class Out {
  private final PrintStream stream;

  Out(PrintStream stream) {
    this.stream = stream;
  }

  Out print(String s) {
    return write(Bytes.utf8(s));
  }

  Out write(byte[] b) {
    stream.write(b, 0, b.length);
    return this;
  }

  Out write(byte[] b, int off, int len) {
    stream.write(b, off, len);
    return this;
  }

  Out spaces(int n) {
    for (int i = 0; i < n; i++) {
      stream.write(' ');
    }
    return this;
  }

  /** printf {@code %-*s}: left-justified, padded to {@code width} bytes. */
  Out padRight(byte[] b, int width) {
    write(b);
    return spaces(width - b.length);
  }

  /** printf {@code %*s}: right-justified, padded to {@code width} bytes. */
  Out padLeft(byte[] b, int width) {
    spaces(width - b.length);
    return write(b);
  }

  void flush() {
    stream.flush();
  }
}
