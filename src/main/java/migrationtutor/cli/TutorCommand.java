package migrationtutor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code tutor} command: global options and the subcommands. */
@Command(
    name = "tutor",
    mixinStandardHelpOptions = true,
    versionProvider = TutorVersion.class,
    description = "Migration Tutor: learn Alembic-style database migrations, hands on.",
    subcommands = {AlembicSubcommand.class})
final class TutorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

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
    // The full-screen tutor does not exist yet; until it does, the bare command explains itself.
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.OK.code();
  }
}
