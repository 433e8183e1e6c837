package migrationtutor.engine.argparse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One argument a parser accepts (argparse's {@code Action}).
 *
 * @param optionStrings e.g. {@code [-m, --message]}; empty for a positional
 * @param dest the namespace key
 * @param nargs how many strings it consumes
 * @param kind what it does with them
 * @param help the help text, or null
 * @param metavar the name shown in usage, or null for the default
 * @param subparsers for a subcommand action: the subcommand parsers by name
 * @param subparserHelp for a subcommand action: the help line of each subcommand
 */
record Action(
    List<String> optionStrings,
    String dest,
    Nargs nargs,
    Kind kind,
    String help,
    String metavar,
    Map<String, ArgumentParser> subparsers,
    Map<String, String> subparserHelp) {

  /** What an action does when it is seen. */
  enum Kind {
    STORE,
    STORE_TRUE,
    APPEND,
    HELP,
    VERSION,
    SUBPARSERS
  }

  Action {
    optionStrings = List.copyOf(optionStrings);
    subparsers = subparsers == null ? Map.of() : subparsers;
    subparserHelp = subparserHelp == null ? Map.of() : subparserHelp;
  }

  static Action subcommands() {
    return new Action(
        List.of(),
        null,
        Nargs.PARSER,
        Kind.SUBPARSERS,
        null,
        null,
        new LinkedHashMap<>(),
        new LinkedHashMap<>());
  }

  boolean isOption() {
    return !optionStrings.isEmpty();
  }

  /** Positionals are required unless they may be empty; options never are here. */
  boolean required() {
    // add_subparsers() is not required by default in Python 3.
    return !isOption()
        && kind != Kind.SUBPARSERS
        && nargs != Nargs.OPTIONAL
        && nargs != Nargs.ZERO_OR_MORE;
  }

  /** argparse's default metavar: {@code DEST} for options, {@code dest} for positionals. */
  String metavarOrDefault() {
    if (metavar != null) {
      return metavar;
    }
    if (kind == Kind.SUBPARSERS) {
      return "{" + String.join(",", subparsers.keySet()) + "}";
    }
    return isOption() ? dest.toUpperCase(java.util.Locale.ROOT) : dest;
  }

  /** argparse's {@code _get_action_name}, used in error messages. */
  String displayName() {
    if (isOption()) {
      return String.join("/", optionStrings);
    }
    return metavarOrDefault();
  }
}
