package migrationtutor.ui.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.sqlite3.LineSource;

/**
 * Lines from a pipe or a file: the commands of a piped session, and the input of the commands it
 * runs (as {@code bash < script} gives {@code sqlite3} the lines that follow). Bytes that are not
 * UTF-8 become U+FFFD; a line longer than the shell accepts is cut (the shell then says so) instead
 * of filling memory.
 */
final class PipedInput implements ConsoleInput, LineSource {
  private final Reader in;
  private boolean ended;

  PipedInput(InputStream stream) {
    this.in =
        new InputStreamReader(
            stream,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  @Override
  public String readLine(String prompt) {
    return readLine();
  }

  @Override
  public synchronized String readLine() {
    if (ended) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    try {
      int c;
      while ((c = in.read()) >= 0) {
        if (c == '\n') {
          return stripCr(b);
        }
        if (b.length() <= Shell.MAX_LINE) {
          b.append((char) c);
        }
      }
    } catch (IOException e) {
      // A broken pipe ends the input like its end would.
    }
    ended = true;
    return b.length() == 0 ? null : stripCr(b);
  }

  private static String stripCr(StringBuilder b) {
    int n = b.length();
    return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
  }
}
