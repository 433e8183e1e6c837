package migrationtutor.cli;

import picocli.CommandLine;

/** The entry point of {@code tutor.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    java.util.OptionalInt launched = FastLaunch.run(args);
    System.exit(launched.isPresent() ? launched.getAsInt() : run(args));
  }

  /** Runs the tutor's command line and returns the exit code, without exiting (tests use this). */
  public static int run(String... args) {
    if (args.length > 0 && args[0].equals("alembic")) {
      // The engine parses its own (argparse-compatible) arguments; skipping picocli's reflective
      // set-up keeps every `tutor.jar alembic` start faster.
      AlembicSubcommand alembic = new AlembicSubcommand();
      alembic.args = new java.util.ArrayList<>(java.util.List.of(args).subList(1, args.length));
      return alembic.call();
    }
    CommandLine cmd = TutorCommand.commandLine();
    return cmd.execute(args);
  }
}
