package migrationtutor.engine.pysrc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Huge, deep, binary and random inputs: each gives a tree or one PySyntaxError, never a stack
 * overflow, an out-of-memory error or any other exception.
 */
class PathologicalInputTest {

  private static String errorOf(String source) {
    try {
      PyParser.parse(source, "p.py");
      return "OK";
    } catch (PySyntaxError e) {
      return e.line() + ":" + e.column() + ": " + e.message();
    }
  }

  @Test
  void tenMegabytesOfOpenParentheses() {
    assertEquals("1:201: too many nested parentheses", errorOf("(".repeat(10_000_000)));
  }

  @Test
  void twoHundredNestedBracketsAreFineAndOneMoreIsNot() {
    assertEquals("OK", errorOf("(".repeat(200) + "1" + ")".repeat(200)));
    assertEquals(
        "1:201: too many nested parentheses", errorOf("[".repeat(201) + "1" + "]".repeat(201)));
  }

  @Test
  void hundredThousandDeepUnaryAndNotChains() {
    assertTrue(
        errorOf("-".repeat(100_000) + "1").endsWith("too many nested expressions (more than 500)"));
    assertTrue(errorOf("not ".repeat(100_000) + "x").contains("too many nested expressions"));
    assertTrue(errorOf("lambda:".repeat(100_000) + "1").contains("too many nested expressions"));
    assertTrue(errorOf("1 if 1 else ".repeat(100_000) + "1").contains("too many nested"));
    assertTrue(errorOf("x" + "**x".repeat(100_000)).contains("too many nested expressions"));
  }

  @Test
  void longLeftDeepChainsAreRejectedByTheTreeDepthCheck() {
    assertTrue(
        errorOf("1" + "+1".repeat(100_000))
            .endsWith("too many nested expressions (more than 1000 levels)"));
    assertTrue(errorOf("a" + ".b".repeat(100_000)).contains("too many nested expressions"));
    assertTrue(errorOf("a" + "()".repeat(100_000)).contains("too many nested expressions"));
    assertEquals("OK", errorOf("1" + "+1".repeat(900)));
  }

  @Test
  void deepIndentationStopsAtCpythonsLimit() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    sb.append(" ".repeat(101)).append("pass\n");
    assertEquals("101:1: too many levels of indentation", errorOf(sb.toString()));
  }

  @Test
  void twentyOneNestedLoopsAreTooManyBlocks() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      sb.append("    ".repeat(i)).append("for x").append(i).append(" in y:\n");
    }
    sb.append("    ".repeat(21)).append("pass\n");
    assertEquals("21:81: too many statically nested blocks", errorOf(sb.toString()));
    String twenty =
        sb.toString()
            .replace("    ".repeat(20) + "for x20 in y:\n", "")
            .replace("    ".repeat(21) + "pass", "    ".repeat(20) + "pass");
    assertEquals("OK", errorOf(twenty));
  }

  @Test
  void aMegabyteOnOneLine() {
    String line = "x = [" + "1, ".repeat(350_000) + "]\n";
    Module m = PyParser.parse(line, "p.py");
    assertEquals(1, m.body().size());
    String strings = "x = " + "'ab' ".repeat(200_000) + "\n";
    assertEquals("OK", errorOf(strings));
    assertEquals("OK", errorOf("x = '" + "é".repeat(1_000_000) + "'\n"));
  }

  @Test
  void tensOfMegabytesOfStatements() {
    String source = "op.add_column('t', sa.Column('c', sa.Integer()))\n".repeat(600_000);
    Module m = PyParser.parse(source, "p.py");
    assertEquals(600_000, m.body().size());
  }

  @Test
  void nulAndControlCharacters() {
    assertEquals("2:6: source code cannot contain null bytes", errorOf("x = 1\ny = '\0'\n"));
    assertEquals("1:5: invalid non-printable character U+0001", errorOf("x = \u0001\n"));
    assertEquals("1:5: invalid non-printable character U+D800", errorOf("x = \uD800\n"));
    assertEquals("OK", errorOf("x = '\uD800'\n"));
  }

  @Test
  void hugeNumbers() {
    assertTrue(errorOf("x = " + "9".repeat(5000)).contains("Exceeds the limit (4300 digits)"));
    assertEquals("OK", errorOf("x = 0x" + "f".repeat(1_000_000)));
    assertEquals("OK", errorOf("x = 1" + "0".repeat(100_000) + ".5"));
  }

  @Test
  void randomBytesNeverCrash() {
    Random random = new Random(42);
    String alphabet =
        "()[]{}:;,.'\"\\#\n\t @=+-*/%&|^~<>!`$?0123456789abcdefxjrbfuNone if else "
            + "def class lambda for in while try except with as async await yield return é\u0000\r";
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(200);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      errorOf(sb.toString());
    }
    for (int n = 0; n < 300; n++) {
      char[] chars = new char[random.nextInt(300)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(0x10000);
      }
      errorOf(new String(chars));
    }
  }

  @Test
  void mutatedRealSourceNeverCrashes() {
    String base = Fixtures.read("env_generic.py");
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder(base);
      for (int k = 0; k < 3; k++) {
        int at = random.nextInt(sb.length());
        switch (random.nextInt(3)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, "()[]{}:'\"\\\n #=,".charAt(random.nextInt(15)));
          default -> sb.setCharAt(at, ' ');
        }
      }
      errorOf(sb.toString());
    }
  }
}
