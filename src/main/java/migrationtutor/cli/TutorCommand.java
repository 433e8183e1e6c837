package migrationtutor.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import migrationtutor.course.Course;
import migrationtutor.course.CourseLoader;
import migrationtutor.ui.console.ConsoleLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root {@code tutor} command: global options and the subcommands. Without a subcommand it
 * starts (or resumes) the learner's workspace in the plain console.
 */
@Command(
    name = "tutor",
    mixinStandardHelpOptions = true,
    versionProvider = TutorVersion.class,
    description = {
      "Migration Tutor: learn Alembic-style database migrations, hands on.",
      "Starts or resumes your workspace and your place in the course: read the step, then type"
          + " alembic, sqlite3, ls, make ... as at work; your work is checked as you go. help"
          + " lists the commands, quit leaves."
    },
    subcommands = {
      AlembicSubcommand.class,
      GradeSubcommand.class,
      LintSubcommand.class,
      VerifySubcommand.class
    })
final class TutorCommand implements Callable<Integer> {
  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      defaultValue = "tutor-workspace",
      description =
          "Your project folder (created from the starter project on first use; the"
              + " next start resumes it). Default: ${DEFAULT-VALUE}")
  Path workspace;

  @Option(
      names = "--plain",
      description =
          "Use the plain console (line editor, or piped input). It is also what runs"
              + " on a terminal until the full-screen tutor exists.")
  boolean plain;

  @Option(names = "--no-color", description = "No colour (as does the NO_COLOR variable).")
  boolean noColor;

  @Option(
      names = "--lessons",
      paramLabel = "DIR",
      description =
          "Learn with the course in DIR (lesson Markdown files) instead of the bundled one.")
  Path lessons;

  /** Builds the picocli command line with the tutor's exit-code rules. */
  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new TutorCommand());
    cmd.setExitCodeExceptionMapper(t -> ExitCode.UNCAUGHT_ERROR.code());
    cmd.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine failed = ex.getCommandLine();
          failed.getErr().println(ex.getMessage());
          failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE.code();
        });
    return cmd;
  }

  @Override
  public Integer call() {
    // The full-screen tutor does not exist yet: every start runs the plain console.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    Course course = null;
    CourseLoader.Loaded loaded =
        CourseSource.loadOrReport(
            lessons, new PrintWriter(err, true, StandardCharsets.UTF_8), lessons == null);
    if (loaded == null) {
      return ExitCode.UNCAUGHT_ERROR.code();
    }
    if (lessons == null && !loaded.diagnostics().isEmpty()) {
      // A jar built without lessons is a sandbox only; a bundled course with mistakes is a bug.
      boolean none = loaded.course().lessons().isEmpty() && loaded.diagnostics().size() == 1;
      if (!none) {
        CourseSource.loadOrReport(
            lessons, new PrintWriter(err, true, StandardCharsets.UTF_8), false);
        return ExitCode.UNCAUGHT_ERROR.code();
      }
    } else {
      course = loaded.course();
    }
    return ConsoleLauncher.run(
        new ConsoleLauncher.Options(
            workspace,
            !noColor,
            new FileInputStream(FileDescriptor.in),
            out,
            err,
            TerminalProbe.isTerminal(0),
            TerminalProbe.isTerminal(1),
            System.getenv(),
            course));
  }
}
