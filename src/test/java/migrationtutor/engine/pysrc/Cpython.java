package migrationtutor.engine.pysrc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the real CPython (when installed) to get its view of source files, for comparison. */
final class Cpython {
  static final Path PYTHON = Path.of("/usr/bin/python3");

  private Cpython() {}

  static boolean available() {
    return Files.isExecutable(PYTHON);
  }

  /** Every .py file under dir, sorted; empty if dir does not exist. */
  static List<Path> pyFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
  }

  /**
   * CPython's dump of each file (see cpython_dump.py): the lines for each path, either the
   * statements or one "ERROR type|line|offset|message" line.
   */
  static Map<Path, List<String>> dump(List<Path> files) throws IOException, InterruptedException {
    Path script = Files.createTempFile("cpython_dump", ".py");
    try (InputStream in = Cpython.class.getResourceAsStream("cpython_dump.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process proc =
        new ProcessBuilder(PYTHON.toString(), script.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream os = proc.getOutputStream()) {
                for (Path f : files) {
                  os.write((f.toString() + "\n").getBytes(StandardCharsets.UTF_8));
                }
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    feeder.start();
    String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    proc.waitFor();
    feeder.join();
    Files.delete(script);
    Map<Path, List<String>> result = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : output.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        String rest = line.substring(4);
        if (rest.equals("end")) {
          current = null;
        } else {
          current = new ArrayList<>();
          result.put(Path.of(rest), current);
        }
      } else if (current != null) {
        current.add(line);
      }
    }
    return result;
  }

  /** What our parser makes of the file, in the same line form as {@link #dump}. */
  static List<String> ours(Path file) throws IOException {
    String source = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    try {
      Module m = PyParser.parse(source, file.toString());
      List<String> lines = new ArrayList<>();
      for (Stmt s : m.body()) {
        lines.add(AstDump.of(s, true));
      }
      return lines;
    } catch (PySyntaxError e) {
      return List.of(
          "ERROR " + e.kind().pythonName() + "|" + e.line() + "|" + e.column() + "|" + e.message());
    }
  }
}
