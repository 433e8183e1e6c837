package migrationtutor.engine.ddl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the golden files {@code gen_golden.py} writes: cases of the form {@code #### <name>
 * <characters>}, a newline, exactly that many characters (Python code points), a newline.
 */
final class Goldens {
  private Goldens() {}

  static Map<String, String> read(String fileName) {
    String resource = "/migrationtutor/engine/ddl/" + fileName;
    try (InputStream in = Goldens.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing golden file " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> parse(String text) {
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
      if (text.charAt(end) != '\n') {
        throw new IllegalStateException("golden case " + name + " is not followed by a newline");
      }
      pos = end + 1;
    }
    return cases;
  }
}
