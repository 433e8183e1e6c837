package migrationtutor.engine.pysrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The error (and small valid) cases of cases.tsv: each source with the outcome CPython 3.11
 * reports, message, line and column exact. A third column "# ours: why" marks a case where this
 * parser knowingly reports something else; only those are skipped when re-checking CPython.
 */
class CasesTest {
  record Case(int lineNo, String source, String expected, boolean deviation) {}

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = CasesTest.class.getResourceAsStream("cases.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cols = lines[i].split("\t");
        cases.add(new Case(i + 1, unescape(cols[0]), cols[1], cols.length > 2));
      }
    }
    return cases;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }

  /** Our outcome in the file's notation. */
  static String outcome(String source) {
    try {
      PyParser.parse(source, "<case>");
      return "OK";
    } catch (PySyntaxError e) {
      return e.kind().pythonName() + "|" + e.line() + "|" + e.column() + "|" + e.message();
    }
  }

  @Test
  void everyCaseGivesTheRecordedOutcome() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Case c : cases()) {
      String got = outcome(c.source());
      if (!got.equals(c.expected())) {
        wrong.add(
            "cases.tsv:"
                + c.lineNo()
                + " "
                + c.source().replace("\n", "\\n")
                + "\n   expected "
                + c.expected()
                + "\n   got      "
                + got);
      }
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " cases differ:\n" + String.join("\n", wrong));
  }

  @Test
  void recordedOutcomesAreCpythons() throws Exception {
    assumeTrue(Cpython.available(), "no CPython to compare with");
    List<Case> cases = cases();
    Path dir = Files.createTempDirectory("pysrc-cases");
    List<Path> files = new ArrayList<>();
    for (Case c : cases) {
      Path f = dir.resolve("case" + c.lineNo() + ".py");
      Files.writeString(f, c.source(), StandardCharsets.UTF_8);
      files.add(f);
    }
    Map<Path, List<String>> dumps = Cpython.dump(files);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      List<String> lines = dumps.get(files.get(i));
      String cpython =
          lines.size() == 1 && lines.get(0).startsWith("ERROR ") ? lines.get(0).substring(6) : "OK";
      if (!c.deviation() && !cpython.equals(c.expected())) {
        wrong.add("cases.tsv:" + c.lineNo() + " records " + c.expected() + ", CPython: " + cpython);
      }
    }
    assertEquals(List.of(), wrong);
  }
}
