package migrationtutor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import migrationtutor.course.CourseLoader;
import migrationtutor.course.grade.GradeFormat;
import migrationtutor.course.grade.GradeReport;
import migrationtutor.course.grade.Grader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tutor grade}: every lesson and step of a workspace, passed or not; exit 0 if all passed.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = TutorVersion.class,
    name = "grade",
    description = {
      "Grade a workspace: for every lesson and step, passed or not, when, hints used, solution"
          + " revealed. What can be re-checked in the workspace and its transcript is re-checked.",
      "Exits 0 only when every lesson passed."
    })
final class GradeSubcommand implements Callable<Integer> {
  /** The report layouts. */
  enum Format {
    text,
    json,
    junit
  }

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = "tutor-workspace",
      description = "The workspace to grade. Default: ${DEFAULT-VALUE}")
  Path workspace;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text, json or junit (JUnit XML, one test case per step). Default: ${DEFAULT-VALUE}")
  Format format;

  @Option(
      names = "--lessons",
      paramLabel = "DIR",
      description = "Grade against this course instead of the bundled one.")
  Path lessons;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    migrationtutor.engine.sqlite.Warmup.start();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(workspace.resolve(".tutor"))) {
      err.println("tutor: " + workspace + " is not a tutor workspace (it has no .tutor folder)");
      err.flush();
      return 2;
    }
    CourseLoader.Loaded loaded = CourseSource.loadOrReport(lessons, err, false);
    if (loaded == null) {
      return 2;
    }
    GradeReport report = new Grader(loaded.course()).grade(workspace.toAbsolutePath().normalize());
    out.print(
        switch (format) {
          case text -> GradeFormat.text(report);
          case json -> GradeFormat.json(report);
          case junit -> GradeFormat.junit(report);
        });
    out.flush();
    return report.passed() ? 0 : 1;
  }
}
