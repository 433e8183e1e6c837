package migrationtutor.sandbox.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes output through and keeps the first bytes of it, for the transcript. Standard output and
 * standard error share one capture, so it holds them in the order the learner saw them.
 */
final class Capture {
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final int limit;

  Capture(int limit) {
    this.limit = limit;
  }

  /** A stream that writes to {@code target} and into this capture. */
  OutputStream tee(OutputStream target) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        target.write(b);
        keep(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        target.write(b, off, len);
        keep(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        target.flush();
      }
    };
  }

  private synchronized void keep(byte[] b, int off, int len) {
    int room = limit - kept.size();
    if (room > 0) {
      kept.write(b, off, Math.min(room, len));
    }
  }

  /** What was kept, as text. */
  synchronized String text() {
    return kept.toString(StandardCharsets.UTF_8);
  }
}
