package migrationtutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.course.Action;
import migrationtutor.course.Course;
import migrationtutor.course.CourseLoader;
import migrationtutor.course.Lesson;
import migrationtutor.course.Step;
import migrationtutor.course.check.Json;
import migrationtutor.course.check.PathGlob;
import migrationtutor.ui.console.ConsoleLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner walks the ten lessons of the bundled course in the piped console: typing each step's
 * commands, and making each file edit in their own editor between two sessions (the test stands in
 * for the editor). Then {@code grade --format json} must report every lesson passed, in order.
 */
class CoreCourseWalkTest {
  private final StringBuilder seen = new StringBuilder();

  @Test
  void allTenLessonsWalkedThenGraded(@TempDir Path tmp) throws Exception {
    CourseLoader.Loaded loaded = CourseLoader.bundled();
    assertEquals(List.of(), loaded.diagnostics());
    Course course = loaded.course();
    assertEquals(
        10,
        course.lessons().stream().filter(l -> l.group().equals("Core")).count(),
        "the core course has ten lessons");
    Path ws = tmp.resolve("ws");
    List<String> typed = new ArrayList<>(List.of("lessons", "check", "hint"));
    String starter = course.lessons().get(0).starter();
    for (Lesson lesson : course.lessons()) {
      if (!lesson.starter().equals(starter)) {
        // A lesson on another starter project: the tutor asks before replacing the project as
        // soon as the last lesson passes, which may be before its last command is typed (that
        // command then answers no), or at the end of the input (unanswered). Either way, opening
        // the lesson and answering no (check) enters it, and a reset replaces the project.
        session(ws, course, typed);
        typed.clear();
        typed.addAll(List.of("lesson " + lesson.id(), "check", "reset lesson", "yes"));
        starter = lesson.starter();
      }
      for (Step step : lesson.steps()) {
        for (Action a : step.solution()) {
          if (a instanceof Action.Run r) {
            typed.add(r.command());
            continue;
          }
          session(ws, course, typed);
          typed.clear();
          if (a instanceof Action.Edit e) {
            Path file = PathGlob.single(ws, e.path());
            Files.writeString(file, e.patch().apply(Files.readString(file)));
          } else if (a instanceof Action.Write w) {
            Files.writeString(ws.resolve(w.path()), w.content());
          }
        }
      }
    }
    typed.add("check");
    session(ws, course, typed);
    String all = seen.toString();
    for (Lesson lesson : course.lessons()) {
      assertTrue(all.contains("✓ Lesson passed: " + lesson.title()), lesson.id() + "\n" + all);
    }
    assertTrue(all.contains("You have finished all " + course.lessons().size() + " lessons."), all);
    assertFalse(all.contains("tutor: "), all);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cmd = TutorCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int status = cmd.execute("grade", "--workspace", ws.toString(), "--format", "json");
    assertEquals(0, status, out + "\n" + err);
    @SuppressWarnings("unchecked")
    Map<String, Object> json = (Map<String, Object>) Json.parse(out.toString());
    assertEquals(Boolean.TRUE, json.get("passed"));
    List<?> lessons = (List<?>) json.get("lessons");
    assertEquals(course.lessons().size(), lessons.size());
    for (int i = 0; i < lessons.size(); i++) {
      Map<?, ?> l = (Map<?, ?>) lessons.get(i);
      assertEquals(course.lessons().get(i).id(), l.get("id"));
      assertEquals(course.lessons().get(i).title(), l.get("title"));
      assertEquals(Boolean.TRUE, l.get("passed"), out.toString());
      for (Object s : (List<?>) l.get("steps")) {
        assertEquals(Boolean.TRUE, ((Map<?, ?>) s).get("passed"), out.toString());
        assertTrue(((Map<?, ?>) s).get("title") instanceof String);
      }
    }
  }

  private void session(Path ws, Course course, List<String> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    String input = String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
    int status =
        ConsoleLauncher.run(
            new ConsoleLauncher.Options(
                ws,
                false,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                ps,
                ps,
                false,
                false,
                Map.of(),
                course));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, text);
    assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
    seen.append(text);
  }
}
