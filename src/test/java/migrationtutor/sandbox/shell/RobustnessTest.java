package migrationtutor.sandbox.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No input makes the shell throw or print a Java stack trace. */
class RobustnessTest {
  @TempDir Path tmp;
  ShellFixture f;

  @BeforeEach
  void setUp() {
    f = new ShellFixture(tmp.resolve("ws"));
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  private static void noTrace(ShellFixture.Result r) {
    assertFalse(r.all().contains("\tat "), r.all());
    assertFalse(r.all().contains("Exception"), r.all());
  }

  @Test
  void hugeLines() {
    ShellFixture.Result r = f.run("echo " + "x".repeat(Shell.MAX_LINE + 1));
    assertEquals(2, r.status());
    assertTrue(r.err().contains("the command line is too long"), r.err());
    r = f.run("echo " + "y".repeat(200_000) + " > big.txt");
    assertEquals(0, r.status());
    noTrace(f.run("ls " + "a/".repeat(50_000)));
    noTrace(f.run("grep " + "(".repeat(10_000) + " main.py"));
    noTrace(f.run("grep -E '" + "(a".repeat(5_000) + "' main.py"));
    ShellFixture.Result deep =
        f.run("grep -E '" + "(".repeat(20_000) + "a" + ")".repeat(20_000) + "' main.py");
    assertEquals(2, deep.status());
    assertFalse(deep.err().contains("internal error"), deep.err());
  }

  @Test
  void controlCharactersAreShownNotObeyed() {
    ShellFixture.Result r = f.run("\u001b[2Jx\u0007");
    assertEquals(127, r.status());
    assertTrue(r.err().startsWith("tutor: ^[[2Jx^G: command not available"), r.err());
    noTrace(f.run("cat \u0000"));
    noTrace(f.run("echo '\u0000' > nul.txt"));
    noTrace(f.run("ls \uFFFF\uD800"));
  }

  @Test
  void randomJunkNeverBreaksTheShell() {
    Random random = new Random(42);
    String alphabet = "ab .*?[]{}()<>|&;'\"\\$`~#!=-/\n\t\u0000\u001b\u00e9\u4e2d";
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      String[] starts = {
        "",
        "ls ",
        "cat ",
        "grep ",
        "echo ",
        "sqlite3 database.db ",
        "alembic ",
        "make ",
        "cd ",
        "tree ",
        "diff ",
        "sed -n "
      };
      b.append(starts[random.nextInt(starts.length)]);
      int n = random.nextInt(30);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = b.toString();
      ShellFixture.Result r = f.run(line);
      noTrace(r);
      assertFalse(r.err().contains("internal error"), line + "\n" + r.err());
    }
    // Completion is as robust.
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(20); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String line = b.toString();
      f.shell.complete(
          line,
          random.nextInt(line.length() + 1),
          f.io(new ByteArrayOutputStream(), new ByteArrayOutputStream()));
    }
  }
}
