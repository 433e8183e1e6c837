package migrationtutor.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class TextWrapTest {
  @Test
  void wrapsAtWordsWithinWidth() {
    assertEquals(
        List.of("Create the alembic version table if it doesn't exist", "already ."),
        TextWrap.wrap("Create the alembic version table if it doesn't exist already .", 54));
  }

  @Test
  void breaksLongWordsAndAfterHyphens() {
    // CPython fills the first line, breaking inside the long path.
    assertEquals(
        List.of(
            "Generating /tmp/project/alembic/versions/39b199ffce5c_tt",
            "y_demo_with_a_fairly_long_message_to_.py ..."),
        TextWrap.wrap(
            "Generating /tmp/project/alembic/versions/39b199ffce5c_tty_demo_with_"
                + "a_fairly_long_message_to_.py ...",
            56));
    assertEquals(List.of("well-", "known"), TextWrap.wrap("well-known", 6));
  }

  @Test
  void emptyAndBlankTextGiveNoLines() {
    assertEquals(List.of(), TextWrap.wrap("", 10));
    assertEquals(List.of(), TextWrap.wrap("   ", 10));
  }

  @Test
  void matchesCpythonOnACorpus() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    Assumptions.assumeTrue(Files.isExecutable(python), "CPython not installed");
    List<String> texts =
        List.of(
            "Please edit configuration/connection/logging settings in '/tmp/a-very-long/path/with-"
                + "hyphens/alembic.ini' before proceeding.",
            "FAILED: Can't locate revision identified by 'deadbeef'",
            "Creating directory /tmp/ttyinit/migrations/versions ...",
            "one -- two --- three-four five-six-seven",
            "a\tb\tc with\ttabs and   runs of   spaces",
            "Supercalifragilisticexpialidocious-antidisestablishmentarianism words",
            "ünïcödé wörds wrapped by wïdth with àccents");
    for (int width : new int[] {8, 13, 20, 40, 80}) {
      for (String text : texts) {
        assertEquals(
            cpython(python, text, width),
            TextWrap.wrap(text, width),
            () -> "width " + width + ": " + text);
      }
    }
  }

  private static List<String> cpython(Path python, String text, int width)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                python.toString(),
                "-c",
                "import sys, textwrap; [print(l) for l in textwrap.wrap(sys.stdin.read(), int(sys.argv[1]))]",
                Integer.toString(width))
            .start();
    p.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    List<String> lines = new ArrayList<>(List.of(out.split("\n", -1)));
    lines.remove(lines.size() - 1);
    return lines;
  }
}
