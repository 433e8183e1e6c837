package migrationtutor.course.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands a {@code make TARGET} ran, read from the workspace's Makefile, so that {@code make
 * db-upgrade} counts as {@code alembic upgrade head}. Only what the course's Makefiles use:
 * variables ({@code =}, {@code ?=}, {@code :=}), rules with prerequisites, {@code @} and {@code -}
 * prefixes; recipe lines that are make functions ({@code $(if ...)}) are left out.
 */
final class MakeRecipes {
  private static final Pattern RULE = Pattern.compile("^([A-Za-z0-9_.-]+)\\s*:(?!=)\\s*(.*)$");
  private static final Pattern VAR =
      Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*(\\?=|:=|=)\\s*(.*)$");
  private static final Pattern REF = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

  private final Map<String, String> vars = new HashMap<>();
  private final Map<String, List<String>> prerequisites = new LinkedHashMap<>();
  private final Map<String, List<String>> recipes = new LinkedHashMap<>();

  static MakeRecipes read(Path root) {
    MakeRecipes m = new MakeRecipes();
    Path file = root.resolve("Makefile");
    if (!Files.isRegularFile(file)) {
      return m;
    }
    try {
      String current = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("\t")) {
          if (current != null) {
            m.recipes.get(current).add(line.substring(1));
          }
          continue;
        }
        Matcher v = VAR.matcher(line);
        Matcher r = RULE.matcher(line);
        if (v.matches()) {
          m.vars.put(v.group(1), v.group(3).strip());
          current = null;
        } else if (r.matches() && !r.group(1).startsWith(".")) {
          current = r.group(1);
          m.prerequisites.put(current, List.of(r.group(2).strip().split("\\s+")));
          m.recipes.put(current, new ArrayList<>());
        } else if (!line.isBlank() && !line.startsWith("#")) {
          current = null;
        }
      }
    } catch (IOException e) {
      // no Makefile to follow
    }
    return m;
  }

  /** The command lines {@code make} runs for {@code args} ({@code TARGET... NAME=value...}). */
  List<String> commands(List<String> args) {
    Map<String, String> values = new HashMap<>(vars);
    List<String> targets = new ArrayList<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq > 0 && a.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
        values.put(a.substring(0, eq), a.substring(eq + 1));
      } else if (!a.startsWith("-")) {
        targets.add(a);
      }
    }
    if (targets.isEmpty() && !recipes.isEmpty()) {
      targets.add(recipes.keySet().iterator().next());
    }
    List<String> out = new ArrayList<>();
    for (String t : targets) {
      expand(t, values, out, 0);
    }
    return out;
  }

  private void expand(String target, Map<String, String> values, List<String> out, int depth) {
    if (depth > 8 || !recipes.containsKey(target)) {
      return;
    }
    for (String pre : prerequisites.get(target)) {
      expand(pre, values, out, depth + 1);
    }
    for (String line : recipes.get(target)) {
      String l = line.strip().replaceFirst("^[@-]+", "");
      if (l.startsWith("$(")) {
        continue;
      }
      Matcher m = REF.matcher(l);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(b, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
      }
      m.appendTail(b);
      out.add(b.toString().replace("$$", "$"));
    }
  }
}
