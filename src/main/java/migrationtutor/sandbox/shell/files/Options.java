package migrationtutor.sandbox.shell.files;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import migrationtutor.sandbox.shell.Printable;

/**
 * GNU-style option parsing for the file commands: bundled short flags ({@code -la}), options with a
 * value ({@code -n 5}, {@code -n5}), long names mapped to short ones, options anywhere among the
 * operands, and {@code --} to end them. An option the tutor's version lacks is named in the error.
 */
final class Options {
  final Set<Character> flags = new LinkedHashSet<>();
  final Map<Character, String> values = new HashMap<>();
  final List<String> operands = new ArrayList<>();

  /** A usage error, already worded; the command prints it and exits with its usage status. */
  static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  /**
   * Parses {@code args} for command {@code cmd}.
   *
   * @param flags the short flags without a value
   * @param withValue the short options that take a value
   * @param longNames long option names (without {@code --}) mapped to their short letter
   */
  static Options parse(
      String cmd,
      List<String> args,
      String flags,
      String withValue,
      Map<String, Character> longNames)
      throws UsageError {
    Options o = new Options();
    boolean ended = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (ended || a.equals("-") || !a.startsWith("-")) {
        o.operands.add(a);
      } else if (a.equals("--")) {
        ended = true;
      } else if (a.startsWith("--")) {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        Character c = longNames.get(name);
        if (c == null) {
          throw new UsageError(
              cmd
                  + ": option '--"
                  + Printable.of(name)
                  + "' is not available"
                  + " in the tutor's shell"
                  + known(flags, withValue));
        }
        if (withValue.indexOf(c) >= 0) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageError(cmd + ": option '--" + name + "' requires an argument");
            }
            value = args.get(++i);
          }
          o.values.put(c, value);
        } else {
          o.flags.add(c);
        }
      } else {
        for (int k = 1; k < a.length(); k++) {
          char c = a.charAt(k);
          if (withValue.indexOf(c) >= 0) {
            String value = a.substring(k + 1);
            if (value.isEmpty()) {
              if (i + 1 >= args.size()) {
                throw new UsageError(cmd + ": option requires an argument -- '" + c + "'");
              }
              value = args.get(++i);
            }
            o.values.put(c, value);
            break;
          }
          if (flags.indexOf(c) < 0) {
            throw new UsageError(
                cmd
                    + ": option '-"
                    + Printable.of(String.valueOf(c))
                    + "' is not available in the tutor's shell"
                    + known(flags, withValue));
          }
          o.flags.add(c);
        }
      }
    }
    return o;
  }

  private static String known(String flags, String withValue) {
    StringBuilder b = new StringBuilder();
    for (char c : (flags + withValue).toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        continue; // a long option's private letter
      }
      b.append(b.length() == 0 ? "" : " ").append('-').append(c);
    }
    return b.length() == 0 ? "" : " (it has " + b + ")";
  }

  boolean has(char c) {
    return flags.contains(c);
  }

  String value(char c) {
    return values.get(c);
  }
}
