package migrationtutor.ui.screen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import migrationtutor.course.Action;
import migrationtutor.course.Course;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.check.PathGlob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ten lessons of the bundled course walked in one full-screen session at 80×24: every command
 * typed at the prompt, every file change made as from another editor (then {@code check}), and the
 * screen must show each lesson passed and the course finished, with no error panel on the way.
 */
class ScreenCourseWalkTest {
  @TempDir Path tmp;

  @Test
  void allTenLessonsInTheScreen() throws Exception {
    Course course = ScreenHarness.bundledCourse();
    StringBuilder seen = new StringBuilder();
    try (ScreenHarness h = new ScreenHarness(tmp.resolve("ws"), 80, 24, false, course)) {
      h.settle();
      Path ws = h.workspace.root();
      for (Lesson lesson : course.lessons()) {
        for (Step step : lesson.steps()) {
          for (Action a : step.solution()) {
            if (a instanceof Action.Run r) {
              h.type(r.command() + "\n");
            } else if (a instanceof Action.Edit e) {
              Path file = PathGlob.single(ws, e.path());
              Files.writeString(file, e.patch().apply(Files.readString(file)));
              h.type("check\n");
            } else if (a instanceof Action.Write w) {
              Files.writeString(ws.resolve(w.path()), w.content());
              h.type("check\n");
            }
            assertFalse(
                h.tutor.feedback != null && h.tutor.feedback.kind() == Feedback.Kind.ERROR,
                h.normalized());
            seen.append(h.tutor.feedback == null ? "" : h.tutor.feedback.title()).append('\n');
          }
        }
        boolean last = lesson == course.lessons().get(course.lessons().size() - 1);
        assertTrue(
            seen.toString().contains("Lesson passed: " + lesson.title())
                || last && seen.toString().contains("Course finished"), // the panel's last word
            lesson.id() + "\n" + seen + "\n" + h.normalized());
      }
      assertTrue(seen.toString().contains("Course finished"), seen.toString());
    }
  }
}
