package migrationtutor.engine.argparse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command-line parser with Python 3.11 argparse's behaviour and messages, for the features
 * Alembic's command line uses: flags, single-value and appending options (with abbreviations,
 * {@code --opt=value}, {@code -ovalue} and combined short flags), positionals with {@code ?},
 * {@code *} and {@code +}, and subcommands.
 */
public final class ArgumentParser {
  private final String prog;
  private final List<Action> actions = new ArrayList<>();
  private final Map<String, Action> optionStringActions = new LinkedHashMap<>();
  private Action subcommands;
  private final Map<String, ArgumentParser> hiddenSubcommands = new LinkedHashMap<>();

  /** A parser named {@code prog}, with argparse's automatic {@code -h, --help}. */
  public ArgumentParser(String prog) {
    this.prog = prog;
    add(
        new Action(
            List.of("-h", "--help"),
            "help",
            Nargs.ZERO,
            Action.Kind.HELP,
            "show this help message and exit",
            null,
            null,
            null));
  }

  /** The program name shown in usage and errors. */
  public String prog() {
    return prog;
  }

  List<Action> actions() {
    return actions;
  }

  /** Adds {@code --version}, printing {@code version} and exiting. */
  public ArgumentParser addVersion(String version, String help) {
    return add(
        new Action(
            List.of("--version"),
            version,
            Nargs.ZERO,
            Action.Kind.VERSION,
            help,
            null,
            null,
            null));
  }

  /** Adds a {@code store_true} flag. */
  public ArgumentParser addFlag(String dest, String help, String... optionStrings) {
    return add(
        new Action(
            List.of(optionStrings),
            dest,
            Nargs.ZERO,
            Action.Kind.STORE_TRUE,
            help,
            null,
            null,
            null));
  }

  /** Adds an option taking one value. */
  public ArgumentParser addOption(String dest, String help, String... optionStrings) {
    return add(
        new Action(
            List.of(optionStrings), dest, Nargs.ONE, Action.Kind.STORE, help, null, null, null));
  }

  /** Adds an option that may repeat, collecting values in a list ({@code action="append"}). */
  public ArgumentParser addAppendOption(String dest, String help, String... optionStrings) {
    return add(
        new Action(
            List.of(optionStrings), dest, Nargs.ONE, Action.Kind.APPEND, help, null, null, null));
  }

  /** Adds a positional argument. */
  public ArgumentParser addPositional(String dest, Nargs nargs, String help) {
    return add(new Action(List.of(), dest, nargs, Action.Kind.STORE, help, null, null, null));
  }

  /** Adds a subcommand with its own parser, named {@code prog + " " + name}. */
  public ArgumentParser addSubcommand(String name, String help) {
    if (subcommands == null) {
      subcommands = Action.subcommands();
      add(subcommands);
    }
    ArgumentParser sub = new ArgumentParser(prog + " " + name);
    subcommands.subparsers().put(name, sub);
    subcommands.subparserHelp().put(name, help);
    return sub;
  }

  /**
   * Adds a subcommand that parses like the others but is not among the listed choices (help and
   * "invalid choice" messages stay those of the program being imitated).
   */
  public ArgumentParser addHiddenSubcommand(String name) {
    ArgumentParser sub = new ArgumentParser(prog + " " + name);
    hiddenSubcommands.put(name, sub);
    return sub;
  }

  ArgumentParser hiddenSubcommand(String name) {
    return hiddenSubcommands.get(name);
  }

  private ArgumentParser add(Action action) {
    actions.add(action);
    for (String s : action.optionStrings()) {
      optionStringActions.put(s, action);
    }
    return this;
  }

  Map<String, Action> optionStringActions() {
    return optionStringActions;
  }

  /**
   * Parses a command line the way {@code parse_args} does.
   *
   * @return the values by dest; a subcommand's name is under {@code "command"}
   * @throws ArgparseExit for help, version and every usage error
   */
  public Map<String, Object> parse(List<String> args, int columns) {
    Map<String, Object> namespace = new LinkedHashMap<>();
    List<String> extras = new Parse(this, namespace, columns).run(args);
    if (!extras.isEmpty()) {
      throw error("unrecognized arguments: " + String.join(" ", extras), columns);
    }
    return namespace;
  }

  /** Parses like {@code parse_known_args}, returning the strings nobody claimed. */
  List<String> parseKnown(List<String> args, Map<String, Object> namespace, int columns) {
    return new Parse(this, namespace, columns).run(args);
  }

  /** argparse's {@code error()}: usage, then {@code prog: error: message}, status 2. */
  public ArgparseExit error(String message, int columns) {
    String usage = new HelpFormatter(this, columns).formatUsage();
    return new ArgparseExit(2, "", usage + prog + ": error: " + message + "\n");
  }

  /** The usage text ({@code usage: ...}) as {@code format_usage()} gives it. */
  public String formatUsage(int columns) {
    return new HelpFormatter(this, columns).formatUsage();
  }

  /** The full help text as {@code format_help()} gives it. */
  public String formatHelp(int columns) {
    return new HelpFormatter(this, columns).formatHelp();
  }
}
