package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import migrationtutor.engine.util.EditDistance;
import migrationtutor.sandbox.shell.parse.ShellParser;
import migrationtutor.sandbox.shell.parse.ShellSyntaxException;

/** Reads one line of a {@code check} block into a {@link Check}, or says what is wrong with it. */
public final class CheckParser {
  /** Every check's name and how it is written, for messages and the format's documentation. */
  public static final Map<String, String> USAGE = usage();

  private static final Pattern REVISION_ID = Pattern.compile("\\b[0-9a-f]{12}\\b");

  /** A parsed line: the check, or the reason it is not one. */
  public record Parsed(Check check, String error) {}

  private CheckParser() {}

  private static Map<String, String> usage() {
    Map<String, String> m = new TreeMap<>();
    m.put("exists", "exists PATH");
    m.put("missing", "missing PATH");
    m.put("contains", "contains PATH TEXT");
    m.put("matches", "matches PATH REGEX");
    m.put("target-metadata", "target-metadata");
    m.put("ini", "ini KEY VALUE");
    m.put("revision", "revision MESSAGE [revises base|MESSAGE]");
    m.put("at", "at head|base|MESSAGE");
    m.put("tables", "tables NAME...");
    m.put("table", "table NAME");
    m.put("no-table", "no-table NAME");
    m.put("column", "column TABLE.COLUMN [TYPE] [NULL|NOT NULL]");
    m.put("no-column", "no-column TABLE.COLUMN");
    m.put("schema", "schema SCHEMA");
    m.put("rows", "rows TABLE COUNT");
    m.put("rows-kept", "rows-kept TABLE");
    m.put("upgrade", "upgrade MESSAGE SCHEMA");
    m.put("downgrade", "downgrade MESSAGE SCHEMA");
    m.put("round-trip", "round-trip MESSAGE");
    m.put("ran", "ran COMMAND [| COMMAND]...");
    m.put("read", "read PATH");
    m.put("output", "output COMMAND TEXT");
    m.put("last-output", "last-output TEXT");
    return Map.copyOf(m);
  }

  /**
   * Parses a check line.
   *
   * @param text the line, without its indentation
   * @param line its line number in the lesson
   * @param schemas the names of the lesson's expected schemas
   */
  public static Parsed parse(String text, int line, Set<String> schemas) {
    String name = text.strip().split("\\s+", 2)[0];
    String rest = text.strip().substring(name.length()).strip();
    if (!USAGE.containsKey(name)) {
      return new Parsed(null, "unknown check '" + name + "'" + suggestion(name));
    }
    if (REVISION_ID.matcher(rest).find()) {
      return new Parsed(
          null,
          "a revision id does not belong in a lesson (ids are random in every workspace);"
              + " name the revision by its message");
    }
    try {
      if (name.equals("ran")) {
        return new Parsed(new Check.Ran(line, commands(rest)), null);
      }
      return new Parsed(build(name, CheckWords.split(rest), line, schemas), null);
    } catch (IllegalArgumentException e) {
      return new Parsed(null, name + ": " + e.getMessage());
    }
  }

  private static Check build(String name, List<String> a, int line, Set<String> schemas) {
    return switch (name) {
      case "exists" -> new Check.Exists(line, arity(name, a, 1).get(0));
      case "missing" -> new Check.Missing(line, arity(name, a, 1).get(0));
      case "contains" -> new Check.Contains(line, arity(name, a, 2).get(0), a.get(1));
      case "matches" -> new Check.Matches(line, arity(name, a, 2).get(0), regex(a.get(1)));
      case "target-metadata" -> {
        arity(name, a, 0);
        yield new Check.TargetMetadata(line);
      }
      case "ini" -> new Check.IniOption(line, arity(name, a, 2).get(0), a.get(1));
      case "revision" -> revision(a, line);
      case "at" -> new Check.DatabaseAt(line, arity(name, a, 1).get(0));
      case "tables" -> {
        if (a.isEmpty()) {
          throw usageError(name);
        }
        yield new Check.Tables(line, a);
      }
      case "table" -> new Check.TableExists(line, arity(name, a, 1).get(0));
      case "no-table" -> new Check.NoTable(line, arity(name, a, 1).get(0));
      case "column" -> column(a, line);
      case "no-column" -> {
        String[] tc = tableColumn(arity(name, a, 1).get(0));
        yield new Check.NoColumn(line, tc[0], tc[1]);
      }
      case "schema" -> new Check.SchemaIs(line, schema(arity(name, a, 1).get(0), schemas));
      case "rows" -> new Check.Rows(line, arity(name, a, 2).get(0), count(a.get(1)));
      case "rows-kept" -> new Check.RowsKept(line, arity(name, a, 1).get(0));
      case "upgrade" ->
          new Check.UpgradeGives(line, arity(name, a, 2).get(0), schema(a.get(1), schemas));
      case "downgrade" ->
          new Check.DowngradeGives(line, arity(name, a, 2).get(0), schema(a.get(1), schemas));
      case "round-trip" -> new Check.RoundTrip(line, arity(name, a, 1).get(0));
      case "read" -> new Check.Read(line, arity(name, a, 1).get(0));
      case "output" -> {
        arity(name, a, 2);
        commands(a.get(0));
        yield new Check.Output(line, a.get(0), a.get(1));
      }
      case "last-output" -> new Check.LastOutput(line, arity(name, a, 1).get(0));
      default -> throw new IllegalStateException(name);
    };
  }

  private static Check revision(List<String> a, int line) {
    if (a.size() == 1) {
      return new Check.RevisionExists(line, a.get(0), Optional.empty());
    }
    if (a.size() == 3 && a.get(1).equals("revises")) {
      return new Check.RevisionExists(line, a.get(0), Optional.of(a.get(2)));
    }
    throw usageError("revision");
  }

  private static Check column(List<String> a, int line) {
    if (a.isEmpty()) {
      throw usageError("column");
    }
    String[] tc = tableColumn(a.get(0));
    List<String> rest = new ArrayList<>(a.subList(1, a.size()));
    Boolean nullable = null;
    if (!rest.isEmpty() && rest.get(rest.size() - 1).equalsIgnoreCase("NULL")) {
      rest.remove(rest.size() - 1);
      nullable = true;
      if (!rest.isEmpty() && rest.get(rest.size() - 1).equalsIgnoreCase("NOT")) {
        rest.remove(rest.size() - 1);
        nullable = false;
      }
    }
    String type = rest.isEmpty() ? null : String.join(" ", rest);
    return new Check.ColumnExists(line, tc[0], tc[1], new ColumnSpec(type, nullable));
  }

  private static String[] tableColumn(String word) {
    int dot = word.indexOf('.');
    if (dot <= 0 || dot == word.length() - 1) {
      throw new IllegalArgumentException("'" + word + "' is not TABLE.COLUMN");
    }
    return new String[] {word.substring(0, dot), word.substring(dot + 1)};
  }

  private static String schema(String name, Set<String> schemas) {
    if (!schemas.contains(name)) {
      throw new IllegalArgumentException(
          "there is no schema block called '"
              + name
              + "' in this lesson"
              + (schemas.isEmpty()
                  ? ""
                  : " (there is " + String.join(", ", new java.util.TreeSet<>(schemas)) + ")"));
    }
    return name;
  }

  private static int count(String word) {
    if (!word.matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException("'" + word + "' is not a number of rows");
    }
    return Integer.parseInt(word);
  }

  private static String regex(String r) {
    try {
      Pattern.compile(r);
      return r;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "'" + r + "' is not a regular expression: " + e.getDescription());
    }
  }

  /** {@code ran}'s alternatives, each one command the tutor's shell can read. */
  private static List<String> commands(String rest) {
    if (rest.isEmpty()) {
      throw usageError("ran");
    }
    List<String> out = new ArrayList<>();
    for (String alt : rest.split("\\s\\|\\s")) {
      String c = alt.strip();
      try {
        var list = ShellParser.parse(c);
        if (list.commands().size() != 1) {
          throw new IllegalArgumentException("'" + c + "' is not one command");
        }
      } catch (ShellSyntaxException e) {
        throw new IllegalArgumentException("'" + c + "' cannot be read: " + e.getMessage());
      }
      out.add(c);
    }
    return out;
  }

  private static List<String> arity(String name, List<String> a, int n) {
    if (a.size() != n) {
      throw usageError(name);
    }
    return a;
  }

  private static IllegalArgumentException usageError(String name) {
    return new IllegalArgumentException("bad arguments; write it as: " + USAGE.get(name));
  }

  private static String suggestion(String name) {
    String best = null;
    int bestDistance = 3;
    for (String k : USAGE.keySet()) {
      int d = EditDistance.of(name, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best == null
        ? " (the checks are: " + String.join(", ", new java.util.TreeSet<>(USAGE.keySet())) + ")"
        : " (did you mean " + best + "?)";
  }
}
