package migrationtutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every authoring mistake is reported as file:line: message, at the right line. */
class LintTest {
  private static final String FRONT =
      "---\nid: one\ntitle: One\nstarter: personal_todo\norder: 1\ngroup: Core\n---\n";

  private static List<String> lint(String text) {
    return lint(Map.of("one.md", text));
  }

  private static List<String> lint(Map<String, String> files) {
    return CourseLoader.load(files).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  private static String step(String body) {
    return FRONT + "\nIntro.\n\n## Do it\n\n" + body;
  }

  private static final String OK_SOLUTION = "```solution\nalembic init alembic\n```\n";

  @Test
  void aGoodLessonLoads() {
    CourseLoader.Loaded l =
        CourseLoader.load(
            Map.of(
                "one.md",
                step(
                    "Prose.\n\n```check\nexists alembic.ini\n# a comment\nran alembic init alembic\n```\n\n"
                        + "```hint\nFirst.\n```\n\n```hint\nSecond.\n```\n\n"
                        + OK_SOLUTION
                        + "\n```wrong name=w\nalembic init other\n```\n")));
    assertEquals(List.of(), l.diagnostics());
    Lesson lesson = l.course().lessons().get(0);
    assertEquals("one", lesson.id());
    assertEquals("Intro.", lesson.intro());
    Step s = lesson.steps().get(0);
    assertEquals("Do it", s.title());
    assertEquals(11, s.line());
    assertEquals("Prose.", s.prose());
    assertEquals(2, s.checks().size());
    assertEquals(List.of("First.", "Second."), s.hints());
    assertEquals(List.of(new Action.Run(30, "alembic init alembic")), s.solution());
    assertEquals("w", s.wrongAnswers().get(0).name());
  }

  @Test
  void unknownCheckAndBadArguments() {
    assertEquals(
        List.of(
            "one.md:14: unknown check 'exist' (did you mean exists?)",
            "one.md:15: rows: bad arguments; write it as: rows TABLE COUNT",
            "one.md:16: schema: there is no schema block called 'nope' in this lesson",
            "one.md:17: column: 'todos' is not TABLE.COLUMN"),
        lint(
            step(
                "```check\nexist alembic.ini\nrows todos\nschema nope\ncolumn todos\n```\n"
                    + OK_SOLUTION)));
  }

  @Test
  void unclosedFence() {
    assertEquals(
        List.of(
            "one.md:11: step 'Do it' has no solution block",
            "one.md:13: the ``` fence opened here is never closed"),
        lint(step("```check\nexists alembic.ini\n")));
  }

  @Test
  void badFrontMatter() {
    assertEquals(
        List.of(
            "one.md:2: id 'One Two' is not valid: an id is lower-case letters, digits and dashes",
            "one.md:4: there is no starter project called 'nope' in this tutor",
            "one.md:5: unknown front matter key 'level' (the keys are id, title, starter, order,"
                + " group)",
            "one.md:6: the front matter has no order",
            "one.md:6: the front matter has no group"),
        lint(
            "---\nid: One Two\ntitle: T\nstarter: nope\nlevel: 3\n---\n\n## S\n\n```check\n"
                + "exists a\n```\n\n"
                + OK_SOLUTION));
    assertEquals(
        List.of(
            "one.md:1: the lesson has no front matter: start the file with --- and the keys id,"
                + " title, starter, order, group"),
        lint("# Title\n\n## S\n\n```check\nexists a\n```\n\n" + OK_SOLUTION).subList(0, 1));
  }

  @Test
  void duplicateIdsAndOrders() {
    Map<String, String> files = new LinkedHashMap<>();
    String body = "\n## S\n\n```check\nexists a\n```\n\n" + OK_SOLUTION;
    files.put("a.md", FRONT + body);
    files.put("b.md", FRONT + body);
    assertEquals(
        List.of(
            "b.md:2: lesson id 'one' is already used by a.md",
            "b.md:5: order 1 is already used by a.md"),
        lint(files));
  }

  @Test
  void stepsWithoutChecksOrSolution() {
    assertEquals(
        List.of(
            "one.md:11: step 'Do it' has no check block",
            "one.md:17: step 'Two' has an empty check block",
            "one.md:17: step 'Two' has no solution block"),
        lint(step(OK_SOLUTION + "\n## Two\n\n```check\n# nothing\n```\n")));
  }

  @Test
  void hintOrSolutionForAMissingStep() {
    assertEquals(
        List.of(
            "one.md:7: the lesson has no steps: each step starts with a ## heading",
            "one.md:9: a hint block before the first step: put it under the ## heading of its"
                + " step",
            "one.md:13: a solution block before the first step: put it under the ## heading of"
                + " its step"),
        lint(FRONT + "\n```hint\nA hint.\n```\n\n```solution\nls\n```\n"));
  }

  @Test
  void revisionIdsAndBadDiffsAndMisspeltKinds() {
    assertEquals(
        List.of(
            "one.md:14: a revision id does not belong in a lesson (ids are random in every"
                + " workspace); name the revision by its message",
            "one.md:17: a revision id does not belong in a lesson (ids are random in every"
                + " workspace); use head, base, -1, or a file name glob",
            "one.md:19: line 1 of the diff starts with neither ' ', '-', '+' nor '@@'",
            "one.md:22: unknown block kind in 'hints' (did you mean hint?)"),
        lint(
            step(
                "```check\nat 1a2b3c4d5e6f\n```\n```solution\nalembic upgrade 1a2b3c4d5e6f\n```\n"
                    + "```diff solution alembic.ini\nx\n```\n```hints\nA\n```\n")));
  }
}
