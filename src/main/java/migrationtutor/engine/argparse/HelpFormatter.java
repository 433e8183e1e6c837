package migrationtutor.engine.argparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.engine.util.TextWrap;

/** argparse's default {@code HelpFormatter}: usage wrapping and the help layout. */
final class HelpFormatter {
  private static final int MAX_HELP_POSITION = 24;
  private static final String PREFIX = "usage: ";
  private static final Pattern USAGE_PART =
      Pattern.compile("\\(.*?\\)+(?=\\s|$)|\\[.*?\\]+(?=\\s|$)|\\S+");

  private final ArgumentParser parser;
  private final int width;

  HelpFormatter(ArgumentParser parser, int columns) {
    this.parser = parser;
    // argparse: width = terminal columns - 2
    this.width = Math.max(columns - 2, 11);
  }

  String formatUsage() {
    return PREFIX + usageBody() + "\n";
  }

  private String usageBody() {
    String prog = parser.prog();
    List<Action> optionals = new ArrayList<>();
    List<Action> positionals = new ArrayList<>();
    for (Action a : parser.actions()) {
      (a.isOption() ? optionals : positionals).add(a);
    }
    List<Action> all = new ArrayList<>(optionals);
    all.addAll(positionals);
    String actionUsage = actionsUsage(all);
    String usage = actionUsage.isEmpty() ? prog : prog + " " + actionUsage;
    if (PREFIX.length() + usage.length() <= width) {
      return usage;
    }
    List<String> optParts = parts(actionsUsage(optionals));
    List<String> posParts = parts(actionsUsage(positionals));
    List<String> lines;
    if (PREFIX.length() + prog.length() <= 0.75 * width) {
      String indent = " ".repeat(PREFIX.length() + prog.length() + 1);
      List<String> first = new ArrayList<>();
      first.add(prog);
      if (!optParts.isEmpty()) {
        first.addAll(optParts);
        lines = getLines(first, indent, true);
        lines.addAll(getLines(posParts, indent, false));
      } else if (!posParts.isEmpty()) {
        first.addAll(posParts);
        lines = getLines(first, indent, true);
      } else {
        lines = new ArrayList<>(List.of(prog));
      }
    } else {
      String indent = " ".repeat(PREFIX.length());
      List<String> both = new ArrayList<>(optParts);
      both.addAll(posParts);
      lines = getLines(both, indent, false);
      if (lines.size() > 1) {
        lines = new ArrayList<>(getLines(optParts, indent, false));
        lines.addAll(getLines(posParts, indent, false));
      }
      lines.add(0, prog);
    }
    return String.join("\n", lines);
  }

  private List<String> getLines(List<String> parts, String indent, boolean withPrefix) {
    List<String> lines = new ArrayList<>();
    List<String> line = new ArrayList<>();
    int lineLen = withPrefix ? PREFIX.length() - 1 : indent.length() - 1;
    for (String part : parts) {
      if (lineLen + 1 + part.length() > width && !line.isEmpty()) {
        lines.add(indent + String.join(" ", line));
        line = new ArrayList<>();
        lineLen = indent.length() - 1;
      }
      line.add(part);
      lineLen += part.length() + 1;
    }
    if (!line.isEmpty()) {
      lines.add(indent + String.join(" ", line));
    }
    if (withPrefix && !lines.isEmpty()) {
      lines.set(0, lines.get(0).substring(indent.length()));
    }
    return lines;
  }

  private static List<String> parts(String usage) {
    List<String> parts = new ArrayList<>();
    Matcher m = USAGE_PART.matcher(usage);
    while (m.find()) {
      parts.add(m.group());
    }
    return parts;
  }

  private static String actionsUsage(List<Action> actions) {
    List<String> parts = new ArrayList<>();
    for (Action a : actions) {
      if (!a.isOption()) {
        parts.add(formatArgs(a, a.metavarOrDefault()));
      } else if (a.nargs() == Nargs.ZERO) {
        parts.add("[" + a.optionStrings().get(0) + "]");
      } else {
        parts.add("[" + a.optionStrings().get(0) + " " + formatArgs(a, a.metavarOrDefault()) + "]");
      }
    }
    return String.join(" ", parts).strip();
  }

  private static String formatArgs(Action a, String metavar) {
    return switch (a.nargs()) {
      case ONE -> metavar;
      case OPTIONAL -> "[" + metavar + "]";
      case ZERO_OR_MORE -> "[" + metavar + " ...]";
      case ONE_OR_MORE -> metavar + " [" + metavar + " ...]";
      case PARSER -> metavar + " ...";
      case ZERO -> "";
    };
  }

  private static String invocation(Action a) {
    if (!a.isOption()) {
      return a.metavarOrDefault();
    }
    if (a.nargs() == Nargs.ZERO) {
      return String.join(", ", a.optionStrings());
    }
    List<String> parts = new ArrayList<>();
    for (String s : a.optionStrings()) {
      parts.add(s + " " + formatArgs(a, a.metavarOrDefault()));
    }
    return String.join(", ", parts);
  }

  String formatHelp() {
    List<Action> positionals = new ArrayList<>();
    List<Action> optionals = new ArrayList<>();
    for (Action a : parser.actions()) {
      (a.isOption() ? optionals : positionals).add(a);
    }
    int maxLength = 0;
    for (Action a : parser.actions()) {
      int len = invocation(a).length();
      for (String sub : a.subparsers().keySet()) {
        len = Math.max(len, sub.length());
      }
      maxLength = Math.max(maxLength, len + 2);
    }
    int helpPosition = Math.min(maxLength + 2, MAX_HELP_POSITION);
    StringBuilder sb = new StringBuilder(formatUsage()).append('\n');
    appendSection(sb, "positional arguments", positionals, helpPosition);
    appendSection(sb, "options", optionals, helpPosition);
    String help = sb.toString().replaceAll("\n\n\n+", "\n\n");
    return help.replaceAll("^\n+|\n+$", "") + "\n";
  }

  private void appendSection(StringBuilder sb, String title, List<Action> actions, int helpPos) {
    if (actions.isEmpty()) {
      return;
    }
    sb.append(title).append(":\n");
    for (Action a : actions) {
      appendAction(sb, invocation(a), a.help(), 2, helpPos);
      for (Map.Entry<String, String> sub : a.subparserHelp().entrySet()) {
        appendAction(sb, sub.getKey(), sub.getValue(), 4, helpPos);
      }
    }
    sb.append('\n');
  }

  private void appendAction(StringBuilder sb, String header, String help, int indent, int helpPos) {
    int helpWidth = Math.max(width - helpPos, 11);
    int actionWidth = helpPos - indent - 2;
    String pad = " ".repeat(indent);
    int indentFirst;
    if (help == null || help.isEmpty()) {
      sb.append(pad).append(header).append('\n');
      return;
    } else if (header.length() <= actionWidth) {
      sb.append(pad).append(String.format("%-" + actionWidth + "s", header)).append("  ");
      indentFirst = 0;
    } else {
      sb.append(pad).append(header).append('\n');
      indentFirst = helpPos;
    }
    List<String> lines = TextWrap.wrap(help.replaceAll("\\s+", " ").strip(), helpWidth);
    sb.append(" ".repeat(indentFirst)).append(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      sb.append(" ".repeat(helpPos)).append(line).append('\n');
    }
  }
}
