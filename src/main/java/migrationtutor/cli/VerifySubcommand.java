package migrationtutor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import migrationtutor.course.CourseLoader;
import migrationtutor.course.Diagnostic;
import migrationtutor.course.verify.LessonVerdict;
import migrationtutor.course.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tutor verify [PATH]}: plays every lesson in fresh sandboxes; its checks must fail before
 * each solution and pass after it, and every known-wrong answer must fail them.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = TutorVersion.class,
    name = "verify",
    description = {
      "Play every lesson in fresh sandboxes (the bundled course unless PATH is given).",
      "Each step's checks must fail before its solution and pass after it, and every known-wrong"
          + " answer must fail them. Exits 1 otherwise."
    })
final class VerifySubcommand implements Callable<Integer> {
  @Parameters(
      arity = "0..1",
      paramLabel = "PATH",
      description = "A lesson file or a folder of lessons.")
  Path path;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    migrationtutor.engine.sqlite.Warmup.start();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CourseLoader.Loaded loaded = CourseSource.loadOrReport(path, err, false);
    if (loaded == null) {
      return 1;
    }
    long t0 = System.nanoTime();
    List<LessonVerdict> verdicts =
        new Verifier(loaded.course())
            .run(
                v -> {
                  out.println(line(v));
                  for (Diagnostic d : v.problems()) {
                    out.println("  " + d);
                  }
                  out.flush();
                });
    long failed = verdicts.stream().filter(v -> !v.ok()).count();
    int lessons = loaded.course().lessons().size();
    out.printf(
        Locale.ROOT,
        "%s: %d %s in %.1fs%n",
        failed == 0 ? "verified" : "FAILED",
        lessons,
        lessons == 1 ? "lesson" : "lessons",
        (System.nanoTime() - t0) / 1e9);
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static String line(LessonVerdict v) {
    if (v.lesson() == null) {
      return "FAIL the end of the course";
    }
    int steps = v.lesson().steps().size();
    return String.format(
        Locale.ROOT,
        "%s %s (%d %s, %d wrong %s) %.1fs",
        v.ok() ? "ok  " : "FAIL",
        v.lesson().id(),
        steps,
        steps == 1 ? "step" : "steps",
        v.wrongAnswers(),
        v.wrongAnswers() == 1 ? "answer" : "answers",
        v.took().toMillis() / 1000.0);
  }
}
