package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged tutor in a real terminal (tmux), as a learner uses it: a fresh workspace, the first
 * step done and marked, a file edited in the built-in editor, resizes down to too small and back,
 * quit; then the saved progress and the terminal's modes are checked.
 */
class ScreenTmuxIT {
  private static final Path JAR = Path.of(System.getProperty("tutor.jar", "target/tutor.jar"));

  @Test
  void aLearnersFirstMinutes(@TempDir Path dir) throws Exception {
    Tmux.assumeInstalled();
    try (Tmux t = new Tmux()) {
      // stty -g before and after: the tutor must give the terminal back as it found it.
      t.start(
          100,
          30,
          "cd '"
              + dir
              + "' && stty -g > before && java -jar '"
              + JAR.toAbsolutePath()
              + "' --workspace ws; echo TUTOR-EXIT=$?; stty -g > after; sleep 600");
      t.await("Lesson 1 of ", 60);
      t.await("personal_todo:~$", 30);
      t.type("alembic init alembic");
      t.keys("Enter");
      t.await("✓ Step 1 done", 60); // the shell pane's line, drawn after the step list
      String passed = t.await("personal_todo:~$", 10);
      assertTrue(passed.contains("✓ 1. "), passed);
      assertTrue(passed.contains("✓ Step 1 done"), passed);

      String original = Files.readString(dir.resolve("ws/alembic.ini"), StandardCharsets.UTF_8);
      t.keys("F4");
      t.type("alembic.ini");
      t.keys("Enter");
      t.await("Edit alembic.ini", 30);
      // The cursor starts on the value of sqlalchemy.url, the line the course has learners change.
      String placeholder = "driver://user:pass@localhost/dbname";
      t.keys(java.util.Collections.nCopies(placeholder.length(), "Delete").toArray(String[]::new));
      t.type("sqlite:///database.db");
      t.keys("C-s");
      t.awaitGone("Edit alembic.ini", 30);
      String ini = Files.readString(dir.resolve("ws/alembic.ini"), StandardCharsets.UTF_8);
      assertEquals(original.replace(placeholder, "sqlite:///database.db"), ini);

      t.resize(80, 24);
      t.await("step 2/2", 30);
      t.resize(70, 20);
      t.await("at least 80×24", 30);
      t.resize(120, 40);
      String wide = t.await("Lesson 1 of ", 30);
      assertTrue(wide.lines().anyMatch(l -> l.length() > 100), wide);

      t.keys("F10");
      String after = t.await("TUTOR-EXIT=0", 30);
      assertTrue(after.contains("Your work is kept in"), after);
      String progress = Files.readString(dir.resolve("ws/.tutor/progress.json"));
      assertTrue(progress.contains("\"step\": 2"), progress);
      assertTrue(progress.contains("\"lesson\": \"initialize-alembic\""), progress);
      for (int i = 0; i < 50 && !Files.exists(dir.resolve("after")); i++) {
        Thread.sleep(100);
      }
      assertEquals(
          Files.readString(dir.resolve("before")).strip(),
          Files.readString(dir.resolve("after")).strip(),
          "the terminal modes after the tutor");
    }
  }
}
