package migrationtutor.engine.argparse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.util.PythonRepr;

/** One run of argparse's {@code _parse_known_args} over a list of strings. */
final class Parse {
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");

  /** An option found at an index: its action (null if unknown), the string, an inline value. */
  private record OptionTuple(Action action, String optionString, String explicitArg) {}

  private final ArgumentParser parser;
  private final Map<String, Object> namespace;
  private final int columns;
  private final Set<Action> seen = new HashSet<>();
  private final List<String> extras = new ArrayList<>();
  private List<String> args;
  private String pattern;
  private TreeMap<Integer, OptionTuple> optionIndices;
  private List<Action> positionals;

  Parse(ArgumentParser parser, Map<String, Object> namespace, int columns) {
    this.parser = parser;
    this.namespace = namespace;
    this.columns = columns;
  }

  List<String> run(List<String> argStrings) {
    this.args = argStrings;
    classify();
    positionals = new ArrayList<>();
    for (Action a : parser.actions()) {
      if (!a.isOption()) {
        positionals.add(a);
      }
    }
    int start = 0;
    int maxOption = optionIndices.isEmpty() ? -1 : optionIndices.lastKey();
    while (start <= maxOption) {
      int nextOption = optionIndices.ceilingKey(start);
      if (start != nextOption) {
        int positionalsEnd = consumePositionals(start);
        if (positionalsEnd > start) {
          start = positionalsEnd;
          continue;
        }
        start = positionalsEnd;
      }
      if (!optionIndices.containsKey(start)) {
        extras.addAll(args.subList(start, nextOption));
        start = nextOption;
      }
      start = consumeOptional(start);
    }
    int stop = consumePositionals(start);
    extras.addAll(args.subList(stop, args.size()));
    List<String> missing = new ArrayList<>();
    for (Action a : parser.actions()) {
      if (!seen.contains(a) && a.required()) {
        missing.add(a.displayName());
      }
    }
    if (!missing.isEmpty()) {
      throw parser.error(
          "the following arguments are required: " + String.join(", ", missing), columns);
    }
    return extras;
  }

  private void classify() {
    optionIndices = new TreeMap<>();
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        p.append('-');
        p.append("A".repeat(args.size() - i - 1));
        break;
      }
      OptionTuple t = parseOptional(arg);
      if (t == null) {
        p.append('A');
      } else {
        optionIndices.put(i, t);
        p.append('O');
      }
    }
    pattern = p.toString();
  }

  private OptionTuple parseOptional(String arg) {
    if (arg.isEmpty() || arg.charAt(0) != '-') {
      return null;
    }
    Map<String, Action> known = parser.optionStringActions();
    if (known.containsKey(arg)) {
      return new OptionTuple(known.get(arg), arg, null);
    }
    if (arg.length() == 1) {
      return null;
    }
    int eq = arg.indexOf('=');
    if (eq >= 0 && known.containsKey(arg.substring(0, eq))) {
      return new OptionTuple(
          known.get(arg.substring(0, eq)), arg.substring(0, eq), arg.substring(eq + 1));
    }
    List<OptionTuple> tuples = optionTuples(arg);
    if (tuples.size() > 1) {
      List<String> names = new ArrayList<>();
      tuples.forEach(t -> names.add(t.optionString()));
      throw parser.error(
          "ambiguous option: " + arg + " could match " + String.join(", ", names), columns);
    }
    if (tuples.size() == 1) {
      return tuples.get(0);
    }
    if (NEGATIVE_NUMBER.matcher(arg).matches()) {
      return null;
    }
    if (arg.contains(" ")) {
      return null;
    }
    return new OptionTuple(null, arg, null);
  }

  private List<OptionTuple> optionTuples(String arg) {
    List<OptionTuple> result = new ArrayList<>();
    Map<String, Action> known = parser.optionStringActions();
    if (arg.startsWith("--")) {
      int eq = arg.indexOf('=');
      String prefix = eq >= 0 ? arg.substring(0, eq) : arg;
      String explicit = eq >= 0 ? arg.substring(eq + 1) : null;
      for (Map.Entry<String, Action> e : known.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          result.add(new OptionTuple(e.getValue(), e.getKey(), explicit));
        }
      }
    } else {
      String shortPrefix = arg.substring(0, 2);
      String shortExplicit = arg.substring(2);
      for (Map.Entry<String, Action> e : known.entrySet()) {
        if (e.getKey().equals(shortPrefix)) {
          result.add(new OptionTuple(e.getValue(), e.getKey(), shortExplicit));
        } else if (e.getKey().startsWith(arg)) {
          result.add(new OptionTuple(e.getValue(), e.getKey(), null));
        }
      }
    }
    return result;
  }

  private int consumeOptional(int startIndex) {
    OptionTuple t = optionIndices.get(startIndex);
    Action action = t.action();
    String optionString = t.optionString();
    String explicit = t.explicitArg();
    List<Object[]> toTake = new ArrayList<>();
    int stop;
    while (true) {
      if (action == null) {
        extras.add(args.get(startIndex));
        return startIndex + 1;
      }
      if (explicit != null) {
        int count = matchArgument(action, "A");
        if (count == 0 && optionString.charAt(1) != '-' && !explicit.isEmpty()) {
          toTake.add(new Object[] {action, List.of(), optionString});
          optionString = "-" + explicit.charAt(0);
          String rest = explicit.substring(1);
          Action next = parser.optionStringActions().get(optionString);
          if (next == null) {
            throw argumentError(action, "ignored explicit argument " + PythonRepr.of(explicit));
          }
          action = next;
          explicit = rest.isEmpty() ? null : rest;
        } else if (count == 1) {
          stop = startIndex + 1;
          toTake.add(new Object[] {action, List.of(explicit), optionString});
          break;
        } else {
          throw argumentError(action, "ignored explicit argument " + PythonRepr.of(explicit));
        }
      } else {
        int start = startIndex + 1;
        int count = matchArgument(action, pattern.substring(Math.min(start, pattern.length())));
        stop = start + count;
        toTake.add(new Object[] {action, List.copyOf(args.subList(start, stop)), optionString});
        break;
      }
    }
    for (Object[] take : toTake) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) take[1];
      takeAction((Action) take[0], values);
    }
    return stop;
  }

  private int matchArgument(Action action, String argPattern) {
    Matcher m = Pattern.compile(action.nargs().pattern(action.isOption())).matcher(argPattern);
    if (!m.lookingAt()) {
      String msg =
          switch (action.nargs()) {
            case ONE -> "expected one argument";
            case OPTIONAL -> "expected at most one argument";
            case ONE_OR_MORE -> "expected at least one argument";
            default -> "expected " + action.nargs() + " argument";
          };
      throw argumentError(action, msg);
    }
    return m.group(1).length();
  }

  private int consumePositionals(int startIndex) {
    String selected = pattern.substring(Math.min(startIndex, pattern.length()));
    List<Integer> counts = matchPartial(selected);
    int index = startIndex;
    for (int i = 0; i < counts.size(); i++) {
      int count = counts.get(i);
      takeAction(positionals.get(i), List.copyOf(args.subList(index, index + count)));
      index += count;
    }
    positionals = new ArrayList<>(positionals.subList(counts.size(), positionals.size()));
    return index;
  }

  private List<Integer> matchPartial(String selected) {
    for (int i = positionals.size(); i > 0; i--) {
      StringBuilder p = new StringBuilder();
      for (Action a : positionals.subList(0, i)) {
        p.append(a.nargs().pattern(false));
      }
      Matcher m = Pattern.compile(p.toString()).matcher(selected);
      if (m.lookingAt()) {
        List<Integer> counts = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
          counts.add(m.group(g).length());
        }
        return counts;
      }
    }
    return List.of();
  }

  private void takeAction(Action action, List<String> values) {
    seen.add(action);
    // argparse's _get_values drops the first '--' marker, except for a subcommand's values.
    List<String> cleaned = values;
    if (!action.isOption() && action.nargs() != Nargs.PARSER && values.contains("--")) {
      cleaned = new ArrayList<>(values);
      cleaned.remove("--");
    }
    switch (action.kind()) {
      case STORE ->
          namespace.put(
              action.dest(),
              action.nargs() == Nargs.ONE ? cleaned.get(0) : storeValue(action, cleaned));
      case STORE_TRUE -> namespace.put(action.dest(), Boolean.TRUE);
      case APPEND -> appendValue(action.dest(), cleaned.get(0));
      case HELP -> throw new ArgparseExit(0, parser.formatHelp(columns), "");
      case VERSION -> throw new ArgparseExit(0, action.dest() + "\n", "");
      case SUBPARSERS -> runSubcommand(action, cleaned);
      default -> throw new IllegalStateException(action.kind().toString());
    }
  }

  private static Object storeValue(Action action, List<String> values) {
    if (action.nargs() == Nargs.OPTIONAL) {
      return values.isEmpty() ? null : values.get(0);
    }
    return List.copyOf(values);
  }

  @SuppressWarnings("unchecked")
  private void appendValue(String dest, String value) {
    List<String> list = (List<String>) namespace.computeIfAbsent(dest, k -> new ArrayList<>());
    list.add(value);
  }

  private void runSubcommand(Action action, List<String> values) {
    String name = values.get(0);
    ArgumentParser sub = action.subparsers().get(name);
    if (sub == null) {
      sub = parser.hiddenSubcommand(name);
    }
    if (sub == null) {
      List<String> quoted = new ArrayList<>();
      action.subparsers().keySet().forEach(k -> quoted.add(PythonRepr.of(k)));
      throw argumentError(
          action,
          "invalid choice: "
              + PythonRepr.of(name)
              + " (choose from "
              + String.join(", ", quoted)
              + ")");
    }
    namespace.put("command", name);
    List<String> unrecognized =
        sub.parseKnown(values.subList(1, values.size()), namespace, columns);
    extras.addAll(unrecognized);
  }

  private ArgparseExit argumentError(Action action, String message) {
    return parser.error("argument " + action.displayName() + ": " + message, columns);
  }
}
