package migrationtutor.engine.argparse;

/** How many command-line strings an argument consumes (argparse's {@code nargs}). */
public enum Nargs {
  /** A flag: no value ({@code store_true}, help, version). */
  ZERO("", "()"),
  /** Exactly one value ({@code nargs=None}). */
  ONE("(-*A-*)", "(A)"),
  /** {@code nargs='?'}. */
  OPTIONAL("(-*A?-*)", "(A?)"),
  /** {@code nargs='*'}. */
  ZERO_OR_MORE("(-*[A-]*)", "([A]*)"),
  /** {@code nargs='+'}. */
  ONE_OR_MORE("(-*A[A-]*)", "(A[A]*)"),
  /** A subcommand and everything after it ({@code nargs=PARSER}). */
  PARSER("(-*A[-AO]*)", "(A[AO]*)");

  private final String positionalPattern;
  private final String optionalPattern;

  Nargs(String positionalPattern, String optionalPattern) {
    this.positionalPattern = positionalPattern;
    this.optionalPattern = optionalPattern;
  }

  /** argparse's {@code _get_nargs_pattern}: options do not match '-' markers. */
  String pattern(boolean isOption) {
    return isOption ? optionalPattern : positionalPattern;
  }
}
