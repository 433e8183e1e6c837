package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import migrationtutor.engine.pysrc.Stmt;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Evaluates a corpus of pure expressions (expressions.txt) in the tutor and in CPython 3.11
 * (/usr/bin/python3, skipped when absent) and compares repr() or the exception line.
 */
class DifferentialTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  @TestFactory
  List<DynamicTest> sameReprAsCpython() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), "CPython is not installed");
    String corpus = resource("expressions.txt");
    List<String> expressions = new ArrayList<>();
    for (String line : corpus.split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expressions.add(line);
      }
    }
    List<String> expected = cpython(corpus);
    assertEquals(expressions.size(), expected.size(), "CPython answered every expression");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < expressions.size(); i++) {
      String expr = expressions.get(i);
      String want = expected.get(i);
      tests.add(DynamicTest.dynamicTest(expr, () -> assertEquals(want, tutor(expr), expr)));
    }
    return tests;
  }

  static String tutor(String expr) {
    Py py = Py.tolerant();
    try {
      Stmt.ExprStmt e = (Stmt.ExprStmt) Py.parse(expr).body().get(0);
      return py.interpreter.evaluate(e.value(), new PyModule("test", "test.py")).repr();
    } catch (PyException e) {
      return e.exceptionLine();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DifferentialTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> cpython(String corpus) throws Exception {
    Path script = Files.createTempFile("reprs", ".py");
    try {
      Files.writeString(script, resource("reprs.py"));
      Process p =
          new ProcessBuilder(PYTHON.toString(), script.toString())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (OutputStream out = p.getOutputStream()) {
        out.write(corpus.getBytes(StandardCharsets.UTF_8));
      }
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(60, TimeUnit.SECONDS);
      List<String> results = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isEmpty()) {
          results.add(Json.string(line));
        }
      }
      return results;
    } finally {
      Files.deleteIfExists(script);
    }
  }

  /** Decodes the JSON strings Python's json.dumps writes. */
  static final class Json {
    private Json() {}

    static String string(String json) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i < json.length() - 1; i++) {
        char c = json.charAt(i);
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = json.charAt(++i);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      }
      return sb.toString();
    }
  }
}
