package migrationtutor.sandbox.shell.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Makefile as the tutor's make reads it: variable assignments ({@code =}, {@code :=}, {@code ?=},
 * {@code +=}), explicit rules with prerequisites and tab-indented recipes, {@code .PHONY}, comments
 * and backslash continuations. Conditionals, includes, pattern rules and the other parts of GNU
 * make are refused by name.
 */
final class Makefile {
  /** A recipe line and where it is in the file. */
  record RecipeLine(String text, int line) {}

  /** An explicit rule. */
  record Rule(String target, List<String> prerequisites, List<RecipeLine> recipe, int line) {}

  /** A variable and whether it is expanded when used ({@code =}) or when set ({@code :=}). */
  record Var(String value, boolean recursive) {}

  private static final Pattern ASSIGN =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*)\\s*(\\?=|::=|:=|\\+=|=)\\s*(.*)");
  private static final Pattern RULE = Pattern.compile("([^:=#]+?)\\s*::?(?!=)\\s*(.*)");
  private static final Set<String> DIRECTIVES =
      Set.of(
          "ifeq",
          "ifneq",
          "ifdef",
          "ifndef",
          "else",
          "endif",
          "include",
          "-include",
          "sinclude",
          "define",
          "endef",
          "export",
          "unexport",
          "override",
          "vpath",
          "private",
          "undefine",
          "load");

  final String name;
  final Map<String, Var> variables = new LinkedHashMap<>();
  final Map<String, Rule> rules = new LinkedHashMap<>();
  final Set<String> phony = new TreeSet<>();
  String defaultGoal;

  private Makefile(String name) {
    this.name = name;
  }

  /** Reads {@code text}; {@code name} is the file name used in messages. */
  static Makefile parse(String name, String text, MakeExpander.Lookup env) throws MakeError {
    Makefile mf = new Makefile(name);
    String[] lines = text.split("\n", -1);
    List<String> targets = null;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = stripCr(lines[i]);
      if (line.startsWith("\t") && targets != null) {
        StringBuilder recipe = new StringBuilder(line.substring(1));
        while (endsWithBackslash(recipe) && i + 1 < lines.length) {
          String next = stripCr(lines[++i]);
          recipe.append('\n').append(next.startsWith("\t") ? next.substring(1) : next);
        }
        for (String t : targets) {
          mf.rules.get(t).recipe().add(new RecipeLine(recipe.toString(), lineNo));
        }
        continue;
      }
      StringBuilder logical = new StringBuilder(line);
      while (endsWithBackslash(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(' ').append(stripCr(lines[++i]).strip());
      }
      String content = stripComment(logical.toString());
      if (content.isBlank()) {
        continue;
      }
      String word = content.strip().split("\\s+", 2)[0];
      if (DIRECTIVES.contains(word)) {
        throw new MakeError(
            name
                + ":"
                + lineNo
                + ": *** the tutor's make does not support '"
                + word
                + "' lines; keep to variables and plain rules.  Stop.");
      }
      if (line.startsWith("\t")) {
        throw new MakeError(
            name + ":" + lineNo + ": *** recipe commences before first" + " target.  Stop.");
      }
      Matcher a = ASSIGN.matcher(content.strip());
      if (a.matches()) {
        mf.assign(a.group(1), a.group(2), a.group(3), env);
        targets = null;
        continue;
      }
      Matcher r = RULE.matcher(content.strip());
      if (r.matches()) {
        targets = mf.rule(r.group(1), r.group(2), lineNo);
        continue;
      }
      String hint = line.startsWith("        ") ? " (did you mean TAB instead of 8 spaces?)" : "";
      throw new MakeError(name + ":" + lineNo + ": *** missing separator" + hint + ".  Stop.");
    }
    return mf;
  }

  private List<String> rule(String targetText, String rest, int lineNo) throws MakeError {
    String inline = null;
    int semi = rest.indexOf(';');
    if (semi >= 0) {
      inline = rest.substring(semi + 1).strip();
      rest = rest.substring(0, semi);
    }
    List<String> targets = List.of(targetText.strip().split("\\s+"));
    List<String> prereqs = rest.isBlank() ? List.of() : List.of(rest.strip().split("\\s+"));
    if (targetText.contains("%") || rest.contains("%")) {
      throw new MakeError(
          name
              + ":"
              + lineNo
              + ": *** pattern rules (%) are not available in"
              + " the tutor's make; write one rule per target.  Stop.");
    }
    if (targets.contains(".PHONY")) {
      phony.addAll(prereqs);
      return List.of();
    }
    if (targets.get(0).startsWith(".")) {
      return List.of(); // other special targets (.SILENT, .DEFAULT_GOAL...) change nothing here
    }
    for (String t : targets) {
      List<String> all = new ArrayList<>(prereqs);
      Rule old = rules.get(t);
      if (old != null) {
        all.addAll(0, old.prerequisites());
      }
      Rule rule = new Rule(t, all, new ArrayList<>(), lineNo);
      if (old != null && inline == null) {
        rule.recipe().addAll(old.recipe());
      }
      rules.put(t, rule);
      if (inline != null && !inline.isEmpty()) {
        rule.recipe().add(new RecipeLine(inline, lineNo));
      }
      if (defaultGoal == null) {
        defaultGoal = t;
      }
    }
    return targets;
  }

  private void assign(String var, String op, String value, MakeExpander.Lookup env)
      throws MakeError {
    switch (op) {
      case "?=" -> {
        if (!variables.containsKey(var)
            && !env.environment().containsKey(var)
            && !env.commandLine().containsKey(var)) {
          variables.put(var, new Var(value, true));
        }
      }
      case ":=", "::=" ->
          variables.put(
              var, new Var(new MakeExpander(this, env, Map.of(), 0).expand(value), false));
      case "+=" -> {
        Var old = variables.get(var);
        variables.put(
            var,
            old == null
                ? new Var(value, true)
                : new Var(
                    old.value().isEmpty() ? value : old.value() + " " + value, old.recursive()));
      }
      default -> variables.put(var, new Var(value, true));
    }
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static boolean endsWithBackslash(CharSequence s) {
    int n = 0;
    for (int i = s.length() - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
      n++;
    }
    return n % 2 == 1;
  }

  /** Removes a {@code #} comment (not one escaped as {@code \#}). */
  private static String stripComment(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '#' && (i == 0 || s.charAt(i - 1) != '\\')) {
        return s.substring(0, i);
      }
    }
    return s;
  }
}
