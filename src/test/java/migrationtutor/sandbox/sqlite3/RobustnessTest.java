package migrationtutor.sandbox.sqlite3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the input, the learner sees the shell's messages, never a Java stack trace. */
class RobustnessTest {
  @TempDir Path dir;

  @BeforeEach
  void setUp() throws IOException {
    Fixtures.build(Fixtures.COURSE, dir);
  }

  private static void assertNoJava(Run r) {
    String all =
        new String(r.out(), StandardCharsets.UTF_8) + new String(r.err(), StandardCharsets.UTF_8);
    assertFalse(all.contains("Exception"), all);
    assertFalse(all.contains("\tat "), all);
    assertFalse(all.contains("could not go on"), all);
  }

  @Test
  void randomJunkOnStandardInput() {
    Random rnd = new Random(1);
    for (int round = 0; round < 20; round++) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        StringBuilder s = new StringBuilder();
        int n = rnd.nextInt(120);
        for (int k = 0; k < n; k++) {
          s.append((char) (rnd.nextInt(5) == 0 ? rnd.nextInt(0x3000) : rnd.nextInt(128)));
        }
        lines.add(s.toString());
      }
      Run r = EmulatedShell.run(dir, List.of("database.db"), lines, round % 2 == 0);
      assertNoJava(r);
    }
  }

  @Test
  void nulBytesAndControlCharacters() {
    // A NUL ends a C string: ".print x\0y" prints "x".
    Run r =
        EmulatedShell.run(
            dir,
            List.of(
                "database.db",
                ".print x\u0000y",
                "SELECT '\u0001\u0002\u0003'",
                "SELECT 'a\u0000b', 1"),
            List.of(),
            false);
    assertNoJava(r);
    assertEquals("x\n\u0001\u0002\u0003\n", new String(r.out(), StandardCharsets.UTF_8));
    assertEquals(
        "Error: in prepare, unrecognized token: \"'a\"\n  SELECT 'a\n         ^--- error"
            + " here\n",
        new String(r.err(), StandardCharsets.UTF_8));
  }

  @Test
  void hugeLines() {
    String big = "x".repeat(1_000_000);
    Run r =
        EmulatedShell.run(
            dir,
            List.of("database.db"),
            List.of("SELECT length('" + big + "');", "." + big, "SELEC " + big + ";"),
            false);
    assertNoJava(r);
    assertTrue(new String(r.out(), StandardCharsets.UTF_8).startsWith("1000000\n"));
  }

  @Test
  void aFileThatIsNotADatabase() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "just some notes\n");
    Run r = EmulatedShell.run(dir, List.of("notes.txt", ".schema"), List.of(), false);
    assertEquals("Error: file is not a database\n", new String(r.err(), StandardCharsets.UTF_8));
    assertEquals(1, r.status());
  }

  @Test
  void aDirectoryAsTheDatabase() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Run r = EmulatedShell.run(dir, List.of("sub", "SELECT 1"), List.of(), false);
    assertEquals(
        "Error: unable to open database \"sub\": unable to open database file\n",
        new String(r.err(), StandardCharsets.UTF_8));
    assertEquals(1, r.status());
  }

  @Test
  void aLockedDatabase() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("database.db"));
        Statement s = c.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      Run r =
          EmulatedShell.run(
              dir,
              List.of("database.db", "INSERT INTO todos VALUES(9,'x',NULL,0,'x')"),
              List.of(),
              false);
      assertNoJava(r);
      assertEquals(
          "Error: in prepare, database is locked (5)\n",
          new String(r.err(), StandardCharsets.UTF_8));
      assertEquals(5, r.status());
      s.execute("ROLLBACK");
    }
  }

  @Test
  void readThatReadsItselfStopsAtTheNestingLimit() throws IOException {
    Files.writeString(dir.resolve("loop.sql"), "SELECT 1;\n.read loop.sql\n");
    Run r = EmulatedShell.run(dir, List.of("database.db", ".read loop.sql"), List.of(), false);
    assertNoJava(r);
    assertEquals(
        "Input nesting limit (25) reached at line 2. Check recursion.\n",
        new String(r.err(), StandardCharsets.UTF_8));
  }

  @Test
  void manyArgumentsToADotCommand() {
    String line = ".print" + " a".repeat(200);
    Run r = EmulatedShell.run(dir, List.of("database.db", line), List.of(), false);
    assertEquals(("a ".repeat(50)).strip() + "\n", new String(r.out(), StandardCharsets.UTF_8));
  }

  @Test
  void theInteractiveBannerWarnsAboutAnInMemoryDatabase() {
    Run r = EmulatedShell.run(dir, List.of(), List.of("SELECT 1;"), true);
    assertEquals(
        "SQLite version 3.40.1 2022-12-28 14:03:47\n"
            + "Enter \".help\" for usage hints.\n"
            + "Connected to a \033[1mtransient in-memory database\033[0m.\n"
            + "Use \".open FILENAME\" to reopen on a persistent database.\n"
            + "sqlite> SELECT 1;\n1\nsqlite> \n",
        new String(r.out(), StandardCharsets.UTF_8));
  }

  @Test
  void withoutEchoTheCallersTerminalShowsTheInput() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int status =
        Sqlite3Shell.run(
            Sqlite3Invocation.builder(List.of("database.db"))
                .workingDirectory(dir)
                .resolver(EmulatedShell.confinedTo(dir))
                .stdin(List.of("SELECT 1;", "SELECT"))
                .interactive(true)
                .echoInput(false)
                .stdout(new java.io.PrintStream(out, true))
                .stderr(new java.io.PrintStream(out, true))
                .build());
    assertEquals(1, status);
    assertTrue(
        new String(out.toByteArray(), StandardCharsets.UTF_8)
            .endsWith("sqlite> 1\nsqlite>    ...> \nParse error: incomplete input\n"));
  }
}
