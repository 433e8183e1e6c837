package migrationtutor.ui.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JLine console driven through a dumb terminal on piped streams. A dumb terminal does not echo
 * what is typed, so the screen shows each prompt followed directly by the output.
 */
class JLineConsoleTest {
  private static String session(Path dir, String typed) throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Workspace ws = Workspace.open(dir, Workspace.DEFAULT_STARTER);
        DumbTerminal terminal =
            new DumbTerminal(
                new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)), screen)) {
      Shell shell = new Shell(ws, Map.of(), ConsoleRun.CLOCK, ToolCommands::registerAll);
      int status = JLineConsole.run(shell, terminal, false, (f, r) -> {});
      assertEquals(0, status);
    }
    return screen.toString(StandardCharsets.UTF_8).replace("\r", "");
  }

  @Test
  void commandsRunAndTheirOutputIsShown(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("ws");
    String screen = session(dir, "ls\nalembic init alembic\ncd alembic\n");
    assertTrue(screen.contains("personal_todo:~$ Makefile  app  database.db  main.py\n"), screen);
    // A terminal: Alembic indents its messages as it does when stdin is a tty.
    assertTrue(
        screen.contains("  Creating directory " + dir.toRealPath() + "/alembic ...  done"), screen);
    assertTrue(screen.contains("personal_todo:~/alembic$ "), screen);
    assertTrue(screen.endsWith("Start the tutor with the same workspace to go on.\n"), screen);
  }

  @Test
  void sqlite3ReadsItsOwnPromptLines(@TempDir Path tmp) throws Exception {
    String screen =
        session(
            tmp.resolve("ws"),
            "sqlite3 database.db\n.tables\n" + "SELECT count(*) FROM todos;\n.quit\npwd\n");
    assertTrue(screen.contains("SQLite version 3.40.1"), screen);
    // The shell's sqlite> prompts are drawn by the line editor, each before its line is read.
    assertTrue(
        screen.contains(
            "Enter \".help\" for usage hints.\nsqlite> todo_idempotency_keys" + "  todos"),
        screen);
    assertTrue(
        screen.contains("\nsqlite> 3\nsqlite> personal_todo:~$ " + tmp.resolve("ws") + "\n"),
        screen);
  }

  @Test
  void anOpenQuoteContinuesAndControlDLeaves(@TempDir Path tmp) throws Exception {
    String screen = session(tmp.resolve("ws"), "echo 'a\nb'\n\u0004ls\n");
    assertTrue(screen.contains("a\nb\n"), screen);
    assertTrue(!screen.contains("Makefile  app"), screen);
  }
}
