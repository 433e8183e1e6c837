package migrationtutor.cli;

import picocli.CommandLine;

/** The entry point of {@code tutor.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the tutor's command line and returns the exit code, without exiting (tests use this). */
  public static int run(String... args) {
    CommandLine cmd = TutorCommand.commandLine();
    return cmd.execute(args);
  }
}
