package migrationtutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of lessons becomes a course in order, with groups; learners name lessons loosely. */
class CourseLoaderTest {
  private static String lesson(String id, int order, String group) {
    return "---\nid: "
        + id
        + "\ntitle: \"Lesson "
        + id
        + "\"\nstarter: personal_todo\norder: "
        + order
        + "\ngroup: "
        + group
        + "\n---\n\n## S\n\n```check\nexists a\n```\n\n```solution\ntouch a\n```\n";
  }

  @Test
  void loadsAFolderInOrderSkippingReadmes(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("more"));
    Files.writeString(dir.resolve("b.md"), lesson("second-one", 20, "Core"));
    Files.writeString(dir.resolve("more/a.md"), lesson("third", 30, "Workflow"));
    Files.writeString(dir.resolve("c.md"), lesson("first", 10, "Core"));
    Files.writeString(dir.resolve("README.md"), "# Not a lesson\n");
    Files.writeString(dir.resolve("notes.txt"), "not a lesson either\n");
    CourseLoader.Loaded loaded = CourseLoader.from(dir);
    assertEquals(List.of(), loaded.diagnostics());
    Course c = loaded.course();
    assertEquals(
        List.of("first", "second-one", "third"), c.lessons().stream().map(Lesson::id).toList());
    assertEquals("Lesson first", c.lessons().get(0).title());
    assertEquals(dir + "/more/a.md", c.lessons().get(2).file());
    assertEquals(List.of("Core", "Workflow"), c.groups().stream().map(CourseGroup::title).toList());
    assertEquals(Optional.of(c.lessons().get(1)), c.find("2"));
    assertEquals(Optional.of(c.lessons().get(1)), c.find("second-one"));
    assertEquals(Optional.of(c.lessons().get(1)), c.find("sec"));
    assertEquals(Optional.empty(), c.find("4"));
    assertEquals(Optional.empty(), c.find("0"));
    assertEquals(16, c.lessons().get(0).fingerprint().length());
  }

  @Test
  void aSingleFileIsACourseOfOne(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("x.md");
    Files.writeString(f, lesson("only", 1, "Core"));
    assertEquals(1, CourseLoader.from(f).course().lessons().size());
  }

  @Test
  void anEmptyFolderAndAMissingPathAreSaidSo(@TempDir Path dir) {
    assertEquals(
        List.of("(course):1: there are no lesson files (*.md)"),
        CourseLoader.load(java.util.Map.of()).diagnostics().stream()
            .map(Diagnostic::toString)
            .toList());
    IOException e = assertThrows(IOException.class, () -> CourseLoader.from(dir.resolve("no")));
    assertEquals(
        dir.resolve("no") + " is neither a lesson file nor a folder of lessons", e.getMessage());
  }

  @Test
  void theFingerprintFollowsTheText() {
    String a = lesson("x", 1, "Core");
    assertEquals(
        LessonParser.fingerprint(a),
        LessonParser.fingerprint(a.replace("\n", "\r\n").replace("\r\n", "\n")));
    assertEquals(false, LessonParser.fingerprint(a).equals(LessonParser.fingerprint(a + "more\n")));
  }
}
