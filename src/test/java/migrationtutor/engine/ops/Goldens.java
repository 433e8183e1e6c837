package migrationtutor.engine.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads test resources of this package, and the golden file {@code gen_golden.py} writes: cases of
 * the form {@code #### <name> <characters>}, a newline, exactly that many characters (Python code
 * points), a newline.
 */
final class Goldens {
  private Goldens() {}

  static String resource(String name) {
    String path = "/migrationtutor/engine/ops/" + name;
    try (InputStream in = Goldens.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> read(String fileName) {
    String text = resource(fileName);
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
  }
}
