package migrationtutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import migrationtutor.course.verify.LessonVerdict;
import migrationtutor.course.verify.Verifier;
import org.junit.jupiter.api.Test;

/** The course bundled in the jar lints clean and verifies, quickly. */
class BundledCourseTest {
  @Test
  void theBundledCourseLintsAndVerifies() {
    CourseLoader.Loaded loaded = CourseLoader.bundled();
    assertEquals(List.of(), loaded.diagnostics());
    Course course = loaded.course();
    assertEquals(
        10, course.lessons().stream().filter(l -> l.group().equals("Core")).count(), "Core");
    assertEquals(
        List.of(
            "initialize-alembic",
            "configure-env",
            "inspect-database",
            "first-revision",
            "write-migration",
            "preview-sql",
            "apply-migration",
            "check-status",
            "roll-back",
            "apply-again"),
        course.lessons().stream().filter(l -> l.group().equals("Core")).map(Lesson::id).toList());
    long t0 = System.nanoTime();
    List<LessonVerdict> verdicts = new Verifier(course).run(v -> {});
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertEquals(course.lessons().size(), verdicts.size(), verdicts::toString);
    for (LessonVerdict v : verdicts) {
      assertEquals(
          List.of(), v.problems(), () -> v.lesson() == null ? "end of course" : v.lesson().id());
    }
    assertTrue(seconds < 6.0 * course.lessons().size(), "verify took " + seconds + " s");
  }
}
