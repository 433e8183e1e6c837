package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unexpected failure: a panel with a sentence, the trace in .tutor/screen.log, and going on. */
class ScreenErrorTest {
  @TempDir Path tmp;

  @Test
  void aFailureIsShownInAPanelAndLoggedAndTheSessionGoesOn() throws Exception {
    try (ScreenHarness h = new ScreenHarness(tmp.resolve("ws"), 80, 24, false)) {
      h.tutor.showError("testing", new IllegalStateException("broken on purpose"));
      h.settle();
      String s = h.normalized();
      assertEquals(Feedback.Kind.ERROR, h.tutor.feedback.kind());
      assertTrue(s.contains("! Unexpected problem"), s);
      assertTrue(s.contains(".tutor/screen.log"), s);
      assertFalse(s.contains("at migrationtutor"), "no stack trace on the screen");
      String log = Files.readString(h.workspace.root().resolve(ErrorLog.FILE));
      assertTrue(log.contains("IllegalStateException: broken on purpose"), log);
      assertTrue(log.contains("at migrationtutor.ui.screen.ScreenErrorTest"), log);
      h.type("ls\n");
      assertTrue(h.normalized().contains("Makefile"), "the session goes on");
    }
  }

  @Test
  void aFileThatIsNotTextIsRefusedByTheEditorWithAMessage() throws Exception {
    try (ScreenHarness h = new ScreenHarness(tmp.resolve("ws"), 80, 24, false)) {
      h.type("edit database.db\n");
      assertEquals(null, h.tutor.editor);
      assertTrue(h.normalized().contains("edit: it is not a text file"), h.normalized());
    }
  }
}
