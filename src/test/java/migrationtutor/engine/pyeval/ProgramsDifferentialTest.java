package migrationtutor.engine.pyeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs small programs (programs.txt: statements, scopes, exceptions, methods) in the tutor and in
 * CPython 3.11 and compares what they print and the exception that ends them.
 */
class ProgramsDifferentialTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  @TestFactory
  List<DynamicTest> samePrintedOutputAsCpython() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), "CPython is not installed");
    String corpus = resource("programs.txt");
    List<String> names = new ArrayList<>();
    List<StringBuilder> programs = new ArrayList<>();
    for (String line : corpus.split("\n", -1)) {
      if (line.startsWith("### ")) {
        names.add(line.substring(4));
        programs.add(new StringBuilder());
      } else if (!programs.isEmpty()) {
        programs.get(programs.size() - 1).append(line).append('\n');
      }
    }
    List<String> expected = cpython(corpus);
    assertEquals(programs.size(), expected.size(), "CPython ran every program");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < programs.size(); i++) {
      String source = programs.get(i).toString();
      String want = expected.get(i);
      tests.add(
          DynamicTest.dynamicTest(names.get(i), () -> assertEquals(want, tutor(source), source)));
    }
    return tests;
  }

  static String tutor(String source) {
    StringBuilder out = new StringBuilder();
    Interpreter py = Interpreter.builder().print(out::append).build();
    try {
      py.execute(Py.parse(source), "test");
    } catch (PyException e) {
      out.append("!! ").append(e.exceptionLine());
    }
    return out.toString();
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = ProgramsDifferentialTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> cpython(String corpus) throws Exception {
    Path script = Files.createTempFile("programs", ".py");
    try {
      Files.writeString(script, resource("programs.py"));
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
          results.add(DifferentialTest.Json.string(line));
        }
      }
      return results;
    } finally {
      Files.deleteIfExists(script);
    }
  }
}
