package migrationtutor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import migrationtutor.course.CourseLoader;
import migrationtutor.course.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tutor lint [PATH]}: every authoring mistake of a course, as {@code file:line: message}.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = TutorVersion.class,
    name = "lint",
    description = {
      "Check lesson files for authoring mistakes (the bundled course unless PATH is given).",
      "Prints each as file:line: message; exits 1 if there is any."
    })
final class LintSubcommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "A lesson file or a folder of lessons.")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CourseLoader.Loaded loaded = CourseSource.loadOrReport(path, err, true);
    if (loaded == null) {
      return ExitCode.UNCAUGHT_ERROR.code();
    }
    for (Diagnostic d : loaded.diagnostics()) {
      out.println(d);
    }
    int lessons = loaded.course().lessons().size();
    if (loaded.diagnostics().isEmpty()) {
      out.println(lessons + (lessons == 1 ? " lesson" : " lessons") + ", no authoring mistakes.");
    } else {
      err.println(
          "lint: "
              + loaded.diagnostics().size()
              + (loaded.diagnostics().size() == 1 ? " mistake" : " mistakes"));
    }
    out.flush();
    err.flush();
    return loaded.diagnostics().isEmpty() ? 0 : 1;
  }
}
