package migrationtutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import migrationtutor.course.verify.LessonVerdict;
import migrationtutor.course.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of docs/lesson-format.md is a real lesson: it lints clean and verifies. */
public class FormatDocExampleTest {
  public static String example() throws Exception {
    String doc = Files.readString(Path.of("docs/lesson-format.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("````markdown\n");
    int end = doc.indexOf("\n````\n", start);
    assertTrue(start >= 0 && end > start, "the doc has its ````markdown example");
    return doc.substring(start + "````markdown\n".length(), end + 1);
  }

  @Test
  void exampleLintsAndVerifies(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("add-priority.md"), example(), StandardCharsets.UTF_8);
    CourseLoader.Loaded loaded = CourseLoader.from(dir);
    assertEquals(List.of(), loaded.diagnostics());
    Lesson lesson = loaded.course().lessons().get(0);
    assertEquals("add-priority", lesson.id());
    assertEquals(5, lesson.steps().size());
    assertEquals(2, lesson.steps().get(3).hints().size());
    List<LessonVerdict> verdicts = new Verifier(loaded.course()).run(v -> {});
    assertEquals(1, verdicts.size(), () -> verdicts.toString());
    assertEquals(List.of(), verdicts.get(0).problems());
    assertEquals(5, verdicts.get(0).wrongAnswers());
  }
}
