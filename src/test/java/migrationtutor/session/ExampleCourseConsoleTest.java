package migrationtutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import migrationtutor.course.Course;
import migrationtutor.course.CourseLoader;
import migrationtutor.course.FormatDocExampleTest;
import migrationtutor.course.grade.GradeFormat;
import migrationtutor.course.grade.GradeReport;
import migrationtutor.course.grade.Grader;
import migrationtutor.course.progress.Progress;
import migrationtutor.course.progress.ProgressStore;
import migrationtutor.ui.console.ConsoleLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The piped console with the lesson of docs/lesson-format.md: a learner's walk (wrong work first,
 * hints, a file edited from outside between two sessions), then grade.
 */
class ExampleCourseConsoleTest {
  static Course course(Path dir) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("add-priority.md"), FormatDocExampleTest.example(), StandardCharsets.UTF_8);
    CourseLoader.Loaded loaded = CourseLoader.from(dir);
    assertEquals(java.util.List.of(), loaded.diagnostics());
    return loaded.course();
  }

  static String run(Path ws, Course course, String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
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
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, text);
    assertFalse(text.contains("\tat ") || text.contains("Exception"), text);
    return text;
  }

  @Test
  void aLearnerWalksTheLessonAndGradePassesIt(@TempDir Path tmp) throws Exception {
    Course course = course(tmp.resolve("course"));
    Path ws = tmp.resolve("ws");
    String first =
        run(
            ws,
            course,
            String.join(
                "\n",
                "check",
                "hint",
                "alembic init alembic",
                "explain",
                "sed -i x alembic.ini",
                "quit",
                ""));
    assertTrue(first.contains("Lesson 1 of 1: Add a priority column"), first);
    assertTrue(first.contains("Step 1 of 5: Create the migration environment"), first);
    assertTrue(first.contains("  todo alembic/env.py does not exist"), first);
    assertTrue(
        first.contains("Hint 1 of 1:\nThe command is `alembic init` followed by the folder name"),
        first);
    assertTrue(first.contains("✓ Step 1 done: Create the migration environment"), first);
    assertTrue(first.contains("Step 2 of 5: Point Alembic at the database"), first);
    assertTrue(first.contains("  - sqlalchemy.url in alembic.ini is sqlite:///database.db"), first);

    // Between sessions, the learner edits alembic.ini in their own editor.
    Path ini = ws.resolve("alembic.ini");
    Files.writeString(
        ini,
        Files.readString(ini)
            .replace("driver://user:pass@localhost/dbname", "sqlite:///database.db"));
    String second =
        run(
            ws,
            course,
            String.join(
                "\n",
                "alembic revision -m \"priority\"",
                "check",
                "undo",
                "alembic revision -m add_priority",
                "solution",
                "n",
                "quit",
                ""));
    assertTrue(second.contains("✓ Step 2 done: Point Alembic at the database"), second);
    assertTrue(
        second.contains("  todo there is no revision \"add_priority\" (there is \"priority\")"),
        second);
    assertTrue(second.contains("✓ Step 3 done: Create the revision"), second);
    assertTrue(
        second.contains("Show the solution of this step? It is recorded, and the step will not"),
        second);
    assertTrue(second.contains("The solution stays hidden."), second);

    Path rev;
    try (var s = Files.list(ws.resolve("alembic/versions"))) {
      rev = s.filter(p -> p.toString().endsWith("_add_priority.py")).findFirst().orElseThrow();
    }
    // A downgrade forgotten: caught with what differs.
    String code = Files.readString(rev);
    String upgradeOnly =
        code.replaceFirst(
            "def upgrade\\(\\) -> None:\n    pass",
            "def upgrade() -> None:\n"
                + "    op.add_column(\"todos\", sa.Column(\"priority\", sa.Integer(), nullable=True))");
    Files.writeString(rev, upgradeOnly);
    String third = run(ws, course, "check\nquit\n");
    assertTrue(
        third.contains(
                "  todo after downgrade() of \"add_priority\": there is an unexpected column priority")
            || third.contains("after downgrade() of \"add_priority\""),
        third);
    Files.writeString(
        rev,
        upgradeOnly.replaceFirst(
            "def downgrade\\(\\) -> None:\n    pass",
            "def downgrade() -> None:\n"
                + "    with op.batch_alter_table(\"todos\") as batch_op:\n"
                + "        batch_op.drop_column(\"priority\")"));
    String fourth =
        run(ws, course, "alembic upgrade head --sql > /dev/null\ncheck\nalembic upgrade head\n");
    assertTrue(fourth.contains("✓ Step 4 done: Write upgrade() and downgrade()"), fourth);
    assertTrue(fourth.contains("  todo database is at base, expected head (add_priority)"), fourth);
    assertTrue(fourth.contains("✓ Lesson passed: Add a priority column"), fourth);
    assertTrue(fourth.contains("You have finished all 1 lessons."), fourth);

    Progress p = new ProgressStore(ws).load();
    assertEquals(1, p.lessons.get("add-priority").steps.get(0).hints);
    GradeReport report = new Grader(course).grade(ws);
    String json = GradeFormat.json(report);
    assertTrue(report.passed(), json);
    assertTrue(json.contains("\"id\": \"add-priority\""), json);
  }

  @Test
  void anUnreadableProgressFileIsNamedAndTheTutorStops(@TempDir Path tmp) throws Exception {
    Course course = course(tmp.resolve("course"));
    Path ws = tmp.resolve("ws");
    run(ws, course, "quit\n");
    Files.writeString(ws.resolve(".tutor/progress.json"), "{ not json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
    int status =
        ConsoleLauncher.run(
            new ConsoleLauncher.Options(
                ws,
                false,
                new ByteArrayInputStream(new byte[0]),
                ps,
                ps,
                false,
                false,
                Map.of(),
                course));
    assertEquals(1, status);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith("tutor: " + ws.resolve(".tutor/progress.json") + " cannot be read: "),
        text);
    assertTrue(
        text.endsWith(
            ". Move the file away to start the course afresh (your files are not affected).\n"),
        text);
  }
}
