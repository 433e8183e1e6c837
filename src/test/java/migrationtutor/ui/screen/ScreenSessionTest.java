package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The screen teaching the bundled course: a passed step, a failing check, hints, the menu. */
class ScreenSessionTest {
  private Path dir;

  @BeforeEach
  void makeDir() throws Exception {
    dir = ScreenHarness.fixedLengthDir();
  }

  @AfterEach
  void removeDir() throws Exception {
    ScreenHarness.delete(dir);
  }

  private ScreenHarness open() throws Exception {
    ScreenHarness h =
        new ScreenHarness(dir.resolve("ws"), 80, 24, false, ScreenHarness.bundledCourse());
    return h.settle();
  }

  @Test
  void firstLessonAndAPassedStepMarkedAtOnce() throws Exception {
    try (ScreenHarness h = open()) {
      String start = h.normalized();
      assertTrue(start.contains("Lesson 1 of 10: Initialize Alembic"), start);
      assertTrue(start.contains("▶ 1. "), start);
      assertTrue(start.contains("0 of 2 done"), start);
      // Without its output, which names the (differently long) workspace path.
      h.type("alembic init alembic > /dev/null\n");
      Snapshots.check("passed-step-80x24", h.normalized());
      String s = h.normalized();
      assertTrue(s.contains("✓ 1. "), s);
      assertTrue(s.contains("▶ 2. "), s);
      assertTrue(s.contains("1 of 2 done"), s);
      assertTrue(s.contains("✓ Step 1 done"), s);
      assertTrue(s.contains("Lesson 1/10 · step 2/2"), s);
      assertTrue(
          Files.readString(h.workspace.root().resolve(".tutor/progress.json"))
              .contains("\"step\": 2"),
          "progress saved");
    }
  }

  @Test
  void failingCheckHintsAndExplainInThePanel() throws Exception {
    try (ScreenHarness h = open()) {
      h.type("check\n");
      Snapshots.check("failing-check-80x24", h.normalized());
      assertEquals(Feedback.Kind.FAILED, h.tutor.feedback.kind());
      h.press(KeyType.F2);
      assertEquals(Feedback.Kind.HINT, h.tutor.feedback.kind());
      assertTrue(h.normalized().contains("Hint 1 of "), h.normalized());
      h.type("ls\n");
      assertEquals(Feedback.Kind.HINT, h.tutor.feedback.kind(), "a hint stays while working");
      h.press(KeyType.Escape);
      assertNull(h.tutor.feedback);
    }
  }

  @Test
  void solutionAsksFirst() throws Exception {
    try (ScreenHarness h = open()) {
      h.type("solution\n");
      assertNotNull(h.tutor.question);
      String asked = h.normalized();
      assertTrue(asked.contains("[y/N]"), asked);
      h.type("n\n");
      assertNull(h.tutor.question);
      assertTrue(h.normalized().contains("The solution stays hidden."), h.normalized());
      h.type("solution\n").type("y\n");
      assertTrue(h.normalized().contains("Solution of step 1"), h.normalized());
      assertTrue(h.normalized().contains("$ alembic init alembic"), h.normalized());
    }
  }

  @Test
  void lessonMenuOpensAnotherLesson() throws Exception {
    try (ScreenHarness h = open()) {
      h.press(KeyType.F3);
      Snapshots.check("lesson-menu-80x24", h.normalized());
      h.press(KeyType.ArrowDown).press(KeyType.Enter);
      assertNull(h.tutor.menu);
      if (h.tutor.question != null) {
        h.type("y\n"); // the lesson is prepared by replaying the one before
      }
      String s = h.normalized();
      assertTrue(s.contains("Lesson 2/10"), s);
      h.resize(120, 40);
      assertTrue(h.normalized().contains("Lesson 2 of 10"), h.normalized());
    }
  }

  @Test
  void resumesWhereTheLearnerLeft() throws Exception {
    try (ScreenHarness h = open()) {
      h.type("alembic init alembic\n");
    }
    try (ScreenHarness again = open()) {
      String s = again.normalized();
      assertTrue(s.contains("Lesson 1/10 · step 2/2"), s);
      assertTrue(s.contains("Welcome back"), s);
      assertTrue(s.contains("✓ 1. "), s);
    }
  }
}
