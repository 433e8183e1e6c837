package migrationtutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import migrationtutor.course.CourseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** grade, lint and verify as a user runs them: outputs, exit codes, and messages for bad input. */
class LessonSubcommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = TutorCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int status = cmd.execute(args);
    String all = out + "\n" + err;
    assertFalse(all.contains("\tat ") || all.contains("Exception"), all);
    return status;
  }

  private static final String LESSON =
      "---\nid: one\ntitle: One\nstarter: personal_todo\norder: 1\ngroup: Core\n---\n\n"
          + "## Init\n\n```check\nexists alembic.ini\n```\n\n```solution\nalembic init alembic\n```\n";

  @Test
  void lintPrintsMistakesWithPositionsAndExits1(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.md"), LESSON.replace("exists alembic.ini", "exist x"));
    assertEquals(1, run("lint", dir.toString()));
    assertEquals(
        dir + "/one.md:12: unknown check 'exist' (did you mean exists?)\n", out.toString());
    assertEquals("lint: 1 mistake\n", err.toString());
  }

  @Test
  void lintOfTheBundledCourse() {
    assertEquals(0, run("lint"));
    assertEquals(
        CourseLoader.bundled().course().lessons().size() + " lessons, no authoring mistakes.\n",
        out.toString());
  }

  @Test
  void lintOfAPathThatIsNotThere(@TempDir Path dir) {
    assertEquals(1, run("lint", dir.resolve("nope").toString()));
    assertEquals(
        "tutor: " + dir.resolve("nope") + " is neither a lesson file nor a folder of lessons\n",
        err.toString());
  }

  @Test
  void verifyFindsChecksThatPassTooEarly(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("one.md"), LESSON.replace("exists alembic.ini", "exists app"));
    assertEquals(1, run("verify", dir.toString()));
    assertTrue(
        out.toString()
            .contains("  " + dir + "/one.md:9: step 'Init' passes before its solution is played\n"),
        out.toString());
    assertTrue(out.toString().contains("FAILED: 1 lesson in "), out.toString());
    out.getBuffer().setLength(0);
    Files.writeString(dir.resolve("one.md"), LESSON);
    assertEquals(0, run("verify", dir.toString()));
    assertTrue(out.toString().startsWith("ok   one (1 step, 0 wrong answers) "), out.toString());
  }

  @Test
  void gradeOfSomethingThatIsNotAWorkspace(@TempDir Path dir) {
    assertEquals(2, run("grade", "--workspace", dir.toString()));
    assertEquals(
        "tutor: " + dir + " is not a tutor workspace (it has no .tutor folder)\n", err.toString());
  }

  @Test
  void gradeOfAFreshWorkspaceExits1(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".tutor"));
    assertEquals(1, run("grade", "--workspace", dir.toString(), "--format", "text"));
    assertTrue(
        out.toString().contains("---- Initialize Alembic (initialize-alembic)\n"), out.toString());
    assertTrue(
        out.toString()
            .endsWith(
                "0 of " + CourseLoader.bundled().course().lessons().size() + " lessons passed.\n"),
        out.toString());
  }

  @Test
  void anUnknownFormatIsAUsageError(@TempDir Path dir) {
    assertEquals(2, run("grade", "--workspace", dir.toString(), "--format", "xml"));
    assertTrue(err.toString().contains("--format"), err.toString());
  }

  @Test
  void verifyFindsAFileCheckThatGradeCouldNotRecheck(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("one.md"),
        "---\nid: one\ntitle: One\nstarter: personal_todo\norder: 1\ngroup: Core\n---\n\n"
            + "## Make it\n\n```check\nexists notes.txt\n```\n\n```solution\ntouch notes.txt\n```\n\n"
            + "## Remove it\n\n```check\nmissing notes.txt\n```\n\n```solution\nrm notes.txt\n```\n");
    assertEquals(1, run("verify", dir.toString()));
    assertTrue(
        out.toString()
            .contains(
                "FAIL the end of the course\n  "
                    + dir
                    + "/one.md:12: no longer holds at the end of the course, so grade would fail"
                    + " step 'Make it': notes.txt does not exist\n"),
        out.toString());
  }

  @Test
  void eachSubcommandHasHelp() {
    for (String sub : new String[] {"grade", "lint", "verify"}) {
      out.getBuffer().setLength(0);
      assertEquals(0, run(sub, "--help"));
      assertTrue(out.toString().startsWith("Usage: tutor " + sub), out.toString());
    }
    out.getBuffer().setLength(0);
    assertEquals(0, run("--help"));
    for (String word : new String[] {"--lessons=DIR", "grade", "lint", "verify"}) {
      assertTrue(out.toString().contains(word), out.toString());
    }
  }
}
