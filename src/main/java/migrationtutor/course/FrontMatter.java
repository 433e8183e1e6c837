package migrationtutor.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson's front matter: the {@code key: value} lines between the {@code ---} lines that open the
 * file. Every key is required: {@code id}, {@code title}, {@code starter}, {@code order}, {@code
 * group}.
 */
final class FrontMatter {
  static final List<String> KEYS = List.of("id", "title", "starter", "order", "group");

  final Map<String, String> values = new LinkedHashMap<>();
  final Map<String, Integer> lines = new LinkedHashMap<>();

  /** The 0-based index of the line after the closing {@code ---}, or 0 when there is none. */
  int end;

  /** Reads the front matter, reporting its mistakes into {@code out}. */
  static FrontMatter read(String file, List<String> text, List<Diagnostic> out) {
    FrontMatter fm = new FrontMatter();
    if (text.isEmpty() || !text.get(0).strip().equals("---")) {
      out.add(
          new Diagnostic(
              file,
              1,
              "the lesson has no front matter: start the file with --- and the keys "
                  + String.join(", ", KEYS)));
      return fm;
    }
    int i = 1;
    for (; i < text.size(); i++) {
      String line = text.get(i);
      if (line.strip().equals("---") || line.strip().equals("...")) {
        break;
      }
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip();
      if (colon < 0
          || !key.matches("[A-Za-z_][A-Za-z0-9_-]*")
          || Character.isWhitespace(line.charAt(0))) {
        out.add(
            new Diagnostic(file, i + 1, "front matter lines are 'key: value'; this one is not"));
        continue;
      }
      if (!KEYS.contains(key)) {
        out.add(
            new Diagnostic(
                file,
                i + 1,
                "unknown front matter key '"
                    + key
                    + "' (the keys are "
                    + String.join(", ", KEYS)
                    + ")"));
        continue;
      }
      if (fm.values.containsKey(key)) {
        out.add(
            new Diagnostic(
                file,
                i + 1,
                "front matter key '"
                    + key
                    + "' is given twice (first on line "
                    + fm.lines.get(key)
                    + ")"));
        continue;
      }
      fm.values.put(key, unquote(line.substring(colon + 1).strip()));
      fm.lines.put(key, i + 1);
    }
    if (i >= text.size()) {
      out.add(new Diagnostic(file, 1, "the front matter is not closed: end it with a --- line"));
      return new FrontMatter();
    }
    fm.end = i + 1;
    for (String key : KEYS) {
      if (fm.values.getOrDefault(key, "").isEmpty()) {
        out.add(new Diagnostic(file, i + 1, "the front matter has no " + key));
      }
    }
    check(
        fm,
        file,
        "id",
        "[a-z0-9][a-z0-9-]*",
        "an id is lower-case letters, digits and dashes",
        out);
    check(fm, file, "order", "-?[0-9]{1,6}", "order is a whole number", out);
    String starter = fm.values.get("starter");
    if (starter != null && !starter.isEmpty() && !starterExists(starter)) {
      out.add(
          new Diagnostic(
              file,
              fm.lines.get("starter"),
              "there is no starter project called '" + starter + "' in this tutor"));
    }
    return fm;
  }

  private static void check(
      FrontMatter fm, String file, String key, String regex, String rule, List<Diagnostic> out) {
    String v = fm.values.get(key);
    if (v != null && !v.isEmpty() && !v.matches(regex)) {
      out.add(new Diagnostic(file, fm.lines.get(key), key + " '" + v + "' is not valid: " + rule));
      fm.values.remove(key);
    }
  }

  /** Whether the tutor bundles a starter project of that name (a folder under /sandbox). */
  static boolean starterExists(String name) {
    return name.matches("[A-Za-z0-9_-]+")
        && (FrontMatter.class.getResource("/sandbox/" + name + "/") != null
            || FrontMatter.class.getResource("/sandbox/" + name) != null);
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
