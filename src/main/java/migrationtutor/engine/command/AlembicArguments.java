package migrationtutor.engine.command;

import migrationtutor.engine.argparse.ArgumentParser;
import migrationtutor.engine.argparse.Nargs;

/**
 * Alembic 1.8.1's command line: the global options and one subcommand per command, in the order and
 * with the option sets {@code alembic.config.CommandLine} builds from {@code alembic.command}.
 *
 * <p>The help strings are part of the interface learners read ({@code alembic upgrade --help}), so
 * they say what Alembic's say.
 */
final class AlembicArguments {
  static final String VERSION = "1.8.1";
  private static final String SQL_HELP =
      "Don't emit SQL to database - dump to standard output/file instead. See docs on offline"
          + " mode.";
  private static final String TAG_HELP =
      "Arbitrary 'tag' name - can be used by custom env.py scripts.";
  private static final String VERBOSE_HELP = "Use more verbose output";
  private static final String MESSAGE_HELP = "Message string to use with 'revision'";
  private static final String REV_ID_HELP =
      "Specify a hardcoded revision id instead of generating one";
  private static final String BRANCH_LABEL_HELP =
      "Specify a branch label to apply to the new revision";
  private static final String REVISIONS_HELP = "one or more revisions, or 'heads' for all heads";

  private AlembicArguments() {}

  /** The parser for {@code prog} (Alembic uses the program name it was started as). */
  static ArgumentParser parser(String prog, String defaultConfig) {
    ArgumentParser p = new ArgumentParser(prog);
    p.addVersion(prog + " " + VERSION, "show program's version number and exit");
    p.addOption(
        "config",
        "Alternate config file; defaults to value of ALEMBIC_CONFIG environment variable, or"
            + " \"alembic.ini\"",
        "-c",
        "--config");
    p.addOption("name", "Name of section in .ini file to use for Alembic config", "-n", "--name");
    p.addAppendOption(
        "x",
        "Additional arguments consumed by custom env.py scripts, e.g. -x setting1=somesetting -x"
            + " setting2=somesetting",
        "-x");
    p.addFlag("raiseerr", "Raise a full stack trace on error", "--raiseerr");
    defineSubcommands(p);
    return p;
  }

  private static void defineSubcommands(ArgumentParser p) {
    p.addSubcommand("branches", "Show current branch points.")
        .addFlag("verbose", VERBOSE_HELP, "-v", "--verbose");
    p.addSubcommand("current", "Display the current revision for a database.")
        .addFlag("verbose", VERBOSE_HELP, "-v", "--verbose");
    p.addSubcommand("downgrade", "Revert to a previous version.")
        .addFlag("sql", SQL_HELP, "--sql")
        .addOption("tag", TAG_HELP, "--tag")
        .addPositional("revision", Nargs.ONE, "revision identifier");
    p.addSubcommand("edit", "Edit revision script(s) using $EDITOR.")
        .addPositional("rev", Nargs.ONE, null);
    p.addSubcommand(
            "ensure_version", "Create the alembic version table if it doesn't exist already .")
        .addFlag("sql", SQL_HELP, "--sql");
    p.addSubcommand("heads", "Show current available heads in the script directory.")
        .addFlag("verbose", VERBOSE_HELP, "-v", "--verbose")
        .addFlag(
            "resolve_dependencies",
            "Treat dependency versions as down revisions",
            "--resolve-dependencies");
    p.addSubcommand("history", "List changeset scripts in chronological order.")
        .addOption(
            "rev_range", "Specify a revision range; format is [start]:[end]", "-r", "--rev-range")
        .addFlag("verbose", VERBOSE_HELP, "-v", "--verbose")
        .addFlag("indicate_current", "Indicate the current revision", "-i", "--indicate-current");
    p.addSubcommand("init", "Initialize a new scripts directory.")
        .addOption("template", "Setup template for use with 'init'", "-t", "--template")
        .addFlag(
            "package",
            "Write empty __init__.py files to the environment and version locations",
            "--package")
        .addPositional("directory", Nargs.ONE, "location of scripts directory");
    p.addSubcommand("list_templates", "List available templates.");
    p.addSubcommand("merge", "Merge two revisions together. Creates a new migration file.")
        .addOption("message", MESSAGE_HELP, "-m", "--message")
        .addOption("branch_label", BRANCH_LABEL_HELP, "--branch-label")
        .addOption("rev_id", REV_ID_HELP, "--rev-id")
        .addPositional("revisions", Nargs.ONE_OR_MORE, REVISIONS_HELP);
    p.addSubcommand("revision", "Create a new revision file.")
        .addOption("message", MESSAGE_HELP, "-m", "--message")
        .addFlag(
            "autogenerate",
            "Populate revision script with candidate migration operations, based on comparison"
                + " of database to model.",
            "--autogenerate")
        .addFlag("sql", SQL_HELP, "--sql")
        .addOption(
            "head", "Specify head revision or <branchname>@head to base new revision on.", "--head")
        .addFlag("splice", "Allow a non-head revision as the 'head' to splice onto", "--splice")
        .addOption("branch_label", BRANCH_LABEL_HELP, "--branch-label")
        .addOption(
            "version_path", "Specify specific path from config for version file", "--version-path")
        .addOption("rev_id", REV_ID_HELP, "--rev-id")
        .addAppendOption(
            "depends_on",
            "Specify one or more revision identifiers which this revision should depend on.",
            "--depends-on");
    p.addSubcommand("show", "Show the revision(s) denoted by the given symbol.")
        .addPositional("rev", Nargs.ONE, null);
    p.addSubcommand(
            "stamp",
            "'stamp' the revision table with the given revision; don't run any migrations.")
        .addFlag("sql", SQL_HELP, "--sql")
        .addOption("tag", TAG_HELP, "--tag")
        .addFlag("purge", "Unconditionally erase the version table before stamping", "--purge")
        .addPositional("revisions", Nargs.ONE_OR_MORE, REVISIONS_HELP);
    p.addSubcommand("upgrade", "Upgrade to a later version.")
        .addFlag("sql", SQL_HELP, "--sql")
        .addOption("tag", TAG_HELP, "--tag")
        .addPositional("revision", Nargs.ONE, "revision identifier");
    // Alembic 1.9's check, which the course uses; hidden so that 1.8.1's help and "invalid
    // choice" lists stay as they are.
    p.addHiddenSubcommand("check");
  }
}
