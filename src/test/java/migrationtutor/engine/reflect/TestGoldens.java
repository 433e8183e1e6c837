package migrationtutor.engine.reflect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads golden files of the form {@code #### <name> <characters>}, a newline, exactly that many
 * characters (Python code points), a newline.
 */
public final class TestGoldens {
  private TestGoldens() {}

  /** The cases of a golden file on the test class path, by name, in file order. */
  public static Map<String, String> read(String resource) {
    try (InputStream in = TestGoldens.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> cases = new LinkedHashMap<>();
      int pos = 0;
      while (pos < text.length()) {
        int eol = text.indexOf('\n', pos);
        String header = text.substring(pos, eol);
        if (!header.startsWith("#### ")) {
          throw new IllegalStateException("bad golden header: " + header);
        }
        int space = header.lastIndexOf(' ');
        String name = header.substring(5, space);
        int length = Integer.parseInt(header.substring(space + 1));
        int start = eol + 1;
        int end = text.offsetByCodePoints(start, length);
        cases.put(name, text.substring(start, end));
        pos = end + 1;
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
