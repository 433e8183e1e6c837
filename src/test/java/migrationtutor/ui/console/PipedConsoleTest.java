package migrationtutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Piped sessions: resuming, continuation lines, the transcript, and the workspace lock. */
class PipedConsoleTest {
  private static final migrationtutor.sandbox.shell.FileEditor NO_EDITOR =
      (f, r) -> {
        throw new Exception("no editor");
      };

  @Test
  void aLaterSessionResumesHistoryAndDirectory(@TempDir Path tmp) {
    Path dir = tmp.resolve("ws");
    ConsoleRun.Result first =
        ConsoleRun.piped(
            dir,
            List.of("alembic init alembic", "cd alembic/versions", "echo hi > note.txt"),
            NO_EDITOR);
    assertTrue(
        first.output().contains("personal_todo:~/alembic/versions$ echo hi > note.txt"),
        first.output());
    ConsoleRun.Result second =
        ConsoleRun.piped(dir, List.of("pwd", "history", "undo", "ls"), NO_EDITOR);
    String out = second.output();
    assertTrue(
        out.contains(
            "Welcome back. Resuming in "
                + dir
                + " at ~/alembic/versions"
                + " (3 commands in history, 2 changes to undo)."),
        out);
    assertTrue(
        out.contains("personal_todo:~/alembic/versions$ pwd\n" + dir + "/alembic/versions\n"), out);
    assertTrue(
        out.contains(
            "    1  alembic init alembic\n    2  cd alembic/versions\n"
                + "    3  echo hi > note.txt\n    4  pwd\n    5  history\n"),
        out);
    assertTrue(out.contains("Undid: echo hi > note.txt"), out);
    assertTrue(out.contains("personal_todo:~/alembic/versions$ ls\nYour work is kept"), out);
  }

  @Test
  void quotesContinueOnTheNextLine(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ws");
    ConsoleRun.Result r =
        ConsoleRun.piped(
            dir,
            List.of("echo 'line one", "line two' > two.txt", "cat two.txt", "echo 'never closed"),
            NO_EDITOR);
    assertEquals("line one\nline two\n", Files.readString(dir.resolve("two.txt")));
    assertTrue(
        r.output().contains("tutor: unexpected end of input while looking for matching" + " `''"),
        r.output());
  }

  @Test
  void everyCommandIsInTheTranscript(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ws");
    ConsoleRun.piped(dir, List.of("ls", "nosuch", "cd app"), NO_EDITOR);
    List<String> lines = Files.readAllLines(dir.resolve(".tutor/transcript.jsonl"));
    assertEquals(3, lines.size());
    assertTrue(
        lines
            .get(0)
            .matches(
                "\\{\"time\":\"2024-05-01T12:00:00Z\",\"cwd\":\"~\","
                    + "\"command\":\"ls\",\"exit\":0,\"ms\":\\d+,\"output\":\"Makefile\\\\napp\\\\n"
                    + "database.db\\\\nmain.py\\\\n\"}"),
        lines.get(0));
    assertTrue(lines.get(1).contains("\"command\":\"nosuch\",\"exit\":127"), lines.get(1));
    assertTrue(lines.get(2).contains("\"cwd\":\"~\",\"command\":\"cd app\""), lines.get(2));
  }

  @Test
  void aSecondTutorOnTheSameWorkspaceIsRefused(@TempDir Path tmp) {
    Path dir = tmp.resolve("ws");
    try (Workspace held = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status =
          ConsoleLauncher.run(
              new ConsoleLauncher.Options(
                  dir,
                  false,
                  new ByteArrayInputStream("ls\n".getBytes(StandardCharsets.UTF_8)),
                  new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                  new PrintStream(err, true, StandardCharsets.UTF_8),
                  false,
                  false,
                  Map.of()));
      assertEquals(1, status);
      assertTrue(
          err.toString(StandardCharsets.UTF_8)
              .startsWith("tutor: Another tutor is already using the workspace " + held.root()),
          err.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void pipedInputOfAnyKindEndsCleanly(@TempDir Path tmp) {
    Path dir = tmp.resolve("ws");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status =
        ConsoleLauncher.run(
            new ConsoleLauncher.Options(
                dir, true, new ByteArrayInputStream(junk), ps, ps, false, false, Map.of()));
    assertEquals(0, status);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("Start the tutor with the same workspace to go on.\n"), text);
    assertTrue(!text.contains("\tat ") && !text.contains("Exception"), text);
  }
}
