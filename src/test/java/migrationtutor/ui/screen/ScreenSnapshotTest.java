package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole screen, as a learner sees it, at the sizes and in the states that matter. */
class ScreenSnapshotTest {
  @TempDir Path tmp;

  private ScreenHarness open(int cols, int rows) throws Exception {
    return new ScreenHarness(tmp.resolve("ws"), cols, rows, false);
  }

  @Test
  void mainScreenAt80x24() throws Exception {
    try (ScreenHarness h = open(80, 24)) {
      h.settle();
      Snapshots.check("main-80x24", h.normalized());
    }
  }

  @Test
  void commandOutputAndCompletionListing() throws Exception {
    try (ScreenHarness h = open(100, 30)) {
      h.type("ls\n").type("cat Mak").press(KeyType.Tab);
      String s = h.normalized();
      assertTrue(s.contains("personal_todo:~$ cat Makefile"), s);
      h.type("\n");
      h.type("alembic cu").press(KeyType.Tab);
      assertTrue(h.normalized().contains("personal_todo:~$ alembic current"));
      h.ctrl('u').type("alembic ").press(KeyType.Tab);
      Snapshots.check("shell-100x30", h.normalized());
    }
  }

  @Test
  void editorOnAMigrationPlacesTheCursorInUpgrade() throws Exception {
    try (ScreenHarness h = open(80, 24)) {
      Path versions = h.workspace.root().resolve("alembic/versions");
      Files.createDirectories(versions);
      Files.writeString(
          versions.resolve("0001_due.py"), Fixtures.MIGRATION, StandardCharsets.UTF_8);
      h.type("edit alembic/versions/0001_due.py\n");
      assertTrue(h.tutor.editor != null, "the editor is open");
      Snapshots.check("editor-80x24", h.normalized());
      h.type("op.add_column('todos', sa.Column('due', sa.Date()))\n").ctrl('s');
      String saved = Files.readString(versions.resolve("0001_due.py"));
      assertTrue(
          saved.contains(
              "def upgrade() -> None:\n"
                  + "    op.add_column('todos', sa.Column('due', sa.Date()))\n"
                  + "    pass\n"),
          saved);
      assertEquals(null, h.tutor.editor);
      assertTrue(h.normalized().contains("personal_todo:~$ edit alembic/versions/0001_due.py"));
    }
  }

  @Test
  void resizeFollowsTheTerminalAndSaysWhenTooSmall() throws Exception {
    try (ScreenHarness h = open(80, 24)) {
      h.type("ls\n");
      h.resize(130, 36);
      Snapshots.check("resized-130x36", h.normalized());
      h.resize(70, 20);
      String small = h.normalized();
      assertTrue(small.contains("The tutor needs a terminal of at least 80×24."), small);
      assertTrue(small.contains("This one is 70×20"), small);
      h.type("echo typed while small\n"); // ignored while too small
      h.resize(80, 24);
      String back = h.normalized();
      assertFalse(back.contains("typed while small"), back);
      assertTrue(back.contains("personal_todo:~$ ls"), back);
    }
  }

  @Test
  void helpOverlayAndItsDismissal() throws Exception {
    try (ScreenHarness h = open(80, 24)) {
      h.press(KeyType.F1);
      Snapshots.check("help-80x24", h.normalized());
      h.type("x");
      assertFalse(h.normalized().contains("Any key closes this help."));
      assertFalse(h.normalized().contains("personal_todo:~$ x"), "the closing key is not typed");
    }
  }

  @Test
  void monochromeUsesNoColourAndColourThemeDoes() throws Exception {
    try (ScreenHarness mono = new ScreenHarness(tmp.resolve("a/ws"), 80, 24, false);
        ScreenHarness colour = new ScreenHarness(tmp.resolve("b/ws"), 80, 24, true)) {
      mono.type("ls\n");
      colour.type("ls\n");
      assertEquals(mono.normalized(), colour.normalized(), "the same text either way");
      assertFalse(hasColour(mono), "NO_COLOR: default colours only");
      assertTrue(hasColour(colour));
    }
  }

  private static boolean hasColour(ScreenHarness h) {
    var size = h.terminal.getTerminalSize();
    for (int row = 0; row < size.getRows(); row++) {
      for (int col = 0; col < size.getColumns(); col++) {
        TextCharacter c = h.cell(col, row);
        if (c != null
            && (c.getForegroundColor() != TextColor.ANSI.DEFAULT
                || c.getBackgroundColor() != TextColor.ANSI.DEFAULT)) {
          return true;
        }
      }
    }
    return false;
  }
}
