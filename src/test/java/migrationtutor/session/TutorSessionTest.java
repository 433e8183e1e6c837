package migrationtutor.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import migrationtutor.course.Course;
import migrationtutor.course.CourseLoader;
import migrationtutor.course.grade.GradeFormat;
import migrationtutor.course.grade.GradeReport;
import migrationtutor.course.grade.Grader;
import migrationtutor.course.progress.Progress;
import migrationtutor.course.progress.ProgressStore;
import migrationtutor.course.verify.LessonVerdict;
import migrationtutor.course.verify.Verifier;
import migrationtutor.sandbox.shell.Shell;
import migrationtutor.sandbox.shell.ShellIO;
import migrationtutor.sandbox.shell.tools.ToolCommands;
import migrationtutor.sandbox.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session API as a front end uses it, and what grade makes of the progress it records. */
class TutorSessionTest {
  private final ByteArrayOutputStream shellOut = new ByteArrayOutputStream();
  private final PrintStream ps = new PrintStream(shellOut, true, StandardCharsets.UTF_8);
  private final ShellIO io =
      new ShellIO(
          ps,
          ps,
          () -> null,
          false,
          false,
          80,
          (f, r) -> {
            throw new Exception("no editor in tests");
          });

  private static String text(List<SessionEvent> events) {
    StringBuilder b = new StringBuilder();
    events.forEach(e -> b.append(e.text()));
    return b.toString();
  }

  private String say(TutorSession t, String line) {
    return text(t.submit(line, io).events());
  }

  private static TutorSession session(Workspace w, Course course) {
    Shell shell = new Shell(w, Map.of(), Clock.systemUTC(), ToolCommands::registerAll);
    return TutorSession.open(course, shell, Clock.systemUTC());
  }

  @Test
  void aRevealedSolutionIsRecordedAndNeverCountsAsSolved(@TempDir Path tmp) throws Exception {
    Course course = ExampleCourseConsoleTest.course(tmp.resolve("course"));
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      String start = text(t.start());
      assertTrue(start.contains("Step 1 of 5: Create the migration environment"), start);
      assertEquals(1, t.position().lessonNumber());
      String asked = say(t, "solution");
      assertTrue(t.pendingQuestion().isPresent());
      assertTrue(asked.contains("[y/N]"), asked);
      String shown = say(t, "yes");
      assertTrue(shown.contains("  $ alembic init alembic"), shown);
      assertFalse(t.pendingQuestion().isPresent());
      assertTrue(t.position().record().solutionRevealed);
      String passed = say(t, "alembic init alembic");
      assertTrue(
          passed.contains("(the solution was shown, so it does not count as solved)"), passed);
      assertEquals(2, t.position().step().number());
    }
    GradeReport report = new Grader(course).grade(dir);
    assertFalse(report.passed());
    String textReport = GradeFormat.text(report);
    assertTrue(
        textReport.contains("  no   Create the migration environment - the solution was revealed"),
        textReport);
    assertTrue(textReport.contains("0 of 1 lessons passed."), textReport);
    String junit = GradeFormat.junit(report);
    var xml =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
    assertEquals(5, xml.getElementsByTagName("testcase").getLength());
    assertEquals(5, xml.getElementsByTagName("failure").getLength());
    assertTrue(junit.contains("tests=\"5\" failures=\"5\""), junit);
    assertTrue(
        junit.contains(
            "<testcase classname=\"lessons.add-priority\" name=\"1. Create the migration"
                + " environment\">\n      <failure message=\"the solution was revealed\">"),
        junit);
  }

  @Test
  void gradeDoesNotTrustAnEditedProgressFile(@TempDir Path tmp) throws Exception {
    Course course = ExampleCourseConsoleTest.course(tmp.resolve("course"));
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      t.start();
      say(t, "alembic init alembic");
      assertEquals(2, t.position().step().number());
    }
    GradeReport honest = new Grader(course).grade(dir);
    assertTrue(honest.lessons().get(0).steps().get(0).passed());
    // Claim every step passed, with windows that show nothing.
    ProgressStore store = new ProgressStore(dir);
    Progress p = store.load();
    for (var s : p.lessons.get("add-priority").steps) {
      s.passed = java.time.Instant.parse("2024-01-01T00:00:00Z");
      s.windowFrom = 0;
      s.windowTo = 0;
    }
    store.save(p);
    GradeReport report = new Grader(course).grade(dir);
    assertFalse(report.passed());
    List<String> problems = report.lessons().get(0).steps().get(0).problems();
    assertEquals(
        List.of("the transcript does not show it: you have not run `alembic init alembic` yet"),
        problems);
    assertEquals(
        List.of(
            "no longer holds: sqlalchemy.url in alembic.ini is"
                + " driver://user:pass@localhost/dbname, expected sqlite:///database.db"),
        report.lessons().get(0).steps().get(1).problems());
  }

  @Test
  void filesChangedOutsideAreCheckedAndResetsAreConfirmed(@TempDir Path tmp) throws Exception {
    Course course = ExampleCourseConsoleTest.course(tmp.resolve("course"));
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      t.start();
      say(t, "alembic init alembic");
      assertEquals(List.of(), t.recheck(), "nothing changed since the last check");
      Path ini = dir.resolve("alembic.ini");
      Files.writeString(
          ini,
          Files.readString(ini)
              .replace("driver://user:pass@localhost/dbname", "sqlite:///database.db"));
      String seen = text(t.recheck());
      assertTrue(seen.contains("✓ Step 2 done: Point Alembic at the database"), seen);
      assertEquals(3, t.position().step().number());

      say(t, "reset lesson");
      assertTrue(t.pendingQuestion().isPresent());
      assertEquals(List.of(), t.recheck(), "no check while a question waits");
      String no = say(t, "n");
      assertTrue(no.contains("Nothing was reset."), no);
      assertTrue(Files.exists(ini));

      say(t, "reset lesson");
      String reset = say(t, "y");
      assertTrue(reset.contains("The lesson starts again."), reset);
      assertFalse(Files.exists(ini));
      assertEquals(1, t.position().step().number());
      assertEquals(null, t.position().record().passed);
      // Undo takes the reset back, and the tutor's checks see the files again.
      say(t, "undo");
      assertTrue(Files.exists(ini));
    }
  }

  @Test
  void aLaterLessonIsPreparedByReplayingEarlierSolutions(@TempDir Path tmp) {
    Course course = CourseLoader.bundled().course();
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      t.start();
      say(t, "ls");
      // Untouched starter: nothing to lose, prepared at once.
      String opened = say(t, "lesson 5");
      assertFalse(t.pendingQuestion().isPresent(), opened);
      assertTrue(
          opened.contains("Your workspace now holds the work of lessons 1, 2, 3 and 4"), opened);
      assertTrue(opened.contains("Lesson 5 of "), opened);
      assertTrue(Files.exists(dir.resolve("alembic/env.py")));
      assertEquals("skipped", t.status(course.lessons().get(0)));
      assertEquals(
          List.of("configure-env"),
          t.complete("lesson con", 10).stream().map(c -> c.value()).toList());
      assertEquals(
          List.of("hint", "help"), t.complete("h", 1).stream().map(c -> c.value()).toList());
      assertEquals(
          List.of("--all"), t.complete("reset --", 8).stream().map(c -> c.value()).toList());
      String missing = say(t, "lesson 99");
      assertTrue(missing.contains("there is no lesson '99'"), missing);
      String bad = say(t, "reset everything");
      assertTrue(bad.contains("reset takes nothing (this step), 'lesson' or '--all'"), bad);
      say(t, "reset --all");
      String all = say(t, "y");
      assertTrue(all.contains("The course starts again."), all);
      assertTrue(all.contains("Lesson 1 of " + course.lessons().size() + ": "), all);
      assertFalse(Files.exists(dir.resolve("alembic")));
      assertEquals(
          "0 of " + course.lessons().get(0).steps().size() + " steps",
          t.status(course.lessons().get(0)));
    }
  }

  @Test
  void workAtStakeIsNotReplacedWithoutAsking(@TempDir Path tmp) {
    Course course = CourseLoader.bundled().course();
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      t.start();
      say(t, "touch notes.txt");
      String asked = say(t, "lesson 3");
      assertTrue(t.pendingQuestion().isPresent(), asked);
      String kept = say(t, "no");
      assertTrue(kept.contains("Your files stay as they are"), kept);
      assertTrue(Files.exists(dir.resolve("notes.txt")));
      assertFalse(Files.exists(dir.resolve("alembic")));
      assertEquals(3, t.position().lessonNumber());
    }
  }

  @Test
  void aChangedLessonIsNoticed(@TempDir Path tmp) throws Exception {
    Path courseDir = tmp.resolve("course");
    Course course = ExampleCourseConsoleTest.course(courseDir);
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      t.start();
      say(t, "alembic init alembic");
    }
    Path file = courseDir.resolve("add-priority.md");
    Files.writeString(
        file,
        Files.readString(file).replace("## Create the revision", "## Create the first revision"));
    Course changed = CourseLoader.from(courseDir).course();
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, changed);
      String start = text(t.start());
      assertTrue(
          start.contains(
              "The lesson \"Add a priority column\" changed since you started it; your progress"
                  + " is kept for the 4 of its 5 steps that are still there."),
          start);
      assertEquals(2, t.position().step().number());
    }
  }

  /** A course of two lessons: one on personal_todo, then one on products. */
  private static Course twoStarters(Path dir) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("a.md"),
        """
        ---
        id: todo-look
        title: Look at the todos
        starter: personal_todo
        order: 10
        group: Core
        ---
        ## Look
        ```check
        read app/models.py
        contains app/models.py TodoIdempotencyKey
        ```
        ```solution
        cat app/models.py
        ```
        """);
    Files.writeString(
        dir.resolve("b.md"),
        """
        ---
        id: products-look
        title: Look at the products
        starter: products
        order: 20
        group: Workflow
        ---
        ## Look
        ```check
        ran alembic current
        ```
        ```solution
        alembic current
        ```
        """);
    CourseLoader.Loaded loaded = CourseLoader.from(dir);
    assertEquals(List.of(), loaded.diagnostics());
    return loaded.course();
  }

  @Test
  void aLessonOnAnotherStarterReplacesTheProjectAfterAsking(@TempDir Path tmp) throws Exception {
    Course course = twoStarters(tmp.resolve("course"));
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      t.start();
      say(t, "touch notes.txt");
      String passed = say(t, "cat app/models.py");
      // Lesson 1 passed: lesson 2 is on products, and notes.txt is work at stake.
      assertTrue(t.pendingQuestion().isPresent(), passed);
      assertTrue(
          passed.contains(
              "Lesson 2 uses the products project, and your workspace holds personal_todo."),
          passed);
      String kept = say(t, "no");
      assertTrue(kept.contains("lesson 2 is written for the products project"), kept);
      assertTrue(Files.exists(dir.resolve("notes.txt")));
      assertEquals("personal_todo", w.project());

      say(t, "lesson 1");
      String asked = say(t, "lesson 2");
      assertTrue(t.pendingQuestion().isPresent(), asked);
      String replaced = say(t, "yes");
      assertTrue(replaced.contains("Your workspace now holds the products project."), replaced);
      assertFalse(Files.exists(dir.resolve("notes.txt")));
      assertTrue(Files.exists(dir.resolve("alembic.ini")));
      assertTrue(Files.exists(dir.resolve("database.db")));
      assertEquals("products", w.project());
      assertEquals(2, t.position().lessonNumber());
      say(t, "alembic current");
      assertTrue(shellOut.toString(StandardCharsets.UTF_8).contains("(head)"), shellOut.toString());
      assertTrue(
          t.status(course.lessons().get(1)).contains("passed"), t.status(course.lessons().get(1)));

      // grade believes lesson 1's file check: its project was replaced by products.
      GradeReport report = new Grader(course).grade(dir);
      assertTrue(report.passed(), GradeFormat.text(report));

      // undo takes the replacement back (the files; the recorded project stays products).
      say(t, "undo");
      assertTrue(Files.exists(dir.resolve("notes.txt")));
      assertFalse(Files.exists(dir.resolve("alembic.ini")));
    }
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      assertEquals("products", w.project());
    }
  }

  @Test
  void verifyRechecksEachStarterWhereItsProjectIsReplaced(@TempDir Path tmp) throws Exception {
    Course course = twoStarters(tmp.resolve("course"));
    List<LessonVerdict> verdicts = new Verifier(course).run(v -> {});
    assertEquals(2, verdicts.size(), verdicts::toString);
    for (LessonVerdict v : verdicts) {
      assertEquals(List.of(), v.problems(), v.lesson().id());
    }
  }

  @Test
  void anUntouchedProjectIsSwitchedWithoutAsking(@TempDir Path tmp) throws Exception {
    Course course = twoStarters(tmp.resolve("course"));
    Path dir = tmp.resolve("ws");
    try (Workspace w = Workspace.open(dir, Workspace.DEFAULT_STARTER)) {
      TutorSession t = session(w, course);
      t.start();
      String opened = say(t, "lesson 2");
      assertFalse(t.pendingQuestion().isPresent(), opened);
      assertTrue(opened.contains("Your workspace now holds the products project."), opened);
      assertEquals("products", w.project());
      String back = say(t, "lesson 1");
      assertFalse(t.pendingQuestion().isPresent(), back);
      assertTrue(back.contains("Your workspace now holds the personal_todo project."), back);
      assertEquals("personal_todo", w.project());
      assertFalse(Files.exists(dir.resolve("alembic.ini")));
    }
  }
}
