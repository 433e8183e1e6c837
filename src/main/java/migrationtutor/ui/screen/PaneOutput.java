package migrationtutor.ui.screen;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A command's standard output or error as a byte stream into the {@link Scrollback}: UTF-8 is
 * decoded as it arrives, keeping a character split between two writes for the next one.
 */
final class PaneOutput extends OutputStream {
  private final Scrollback target;
  private final Style style;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private ByteBuffer pending = ByteBuffer.allocate(0);

  PaneOutput(Scrollback target, Style style) {
    this.target = target;
    this.style = style;
  }

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    ByteBuffer in = ByteBuffer.allocate(pending.remaining() + len);
    in.put(pending).put(b, off, len).flip();
    CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
    decoder.decode(in, out, false);
    pending = in.slice();
    out.flip();
    if (out.hasRemaining()) {
      target.write(out.toString(), style);
    }
  }
}
