package migrationtutor.course.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import migrationtutor.sandbox.shell.parse.CommandList;
import migrationtutor.sandbox.shell.parse.ShellParser;
import migrationtutor.sandbox.shell.parse.ShellSyntaxException;
import migrationtutor.sandbox.shell.parse.SimpleCommand;
import migrationtutor.sandbox.shell.parse.Word;

/**
 * What a typed command line means, so that a lesson's {@code ran} check matches by meaning and not
 * by text: each command of the line becomes a list of words with launchers removed ({@code uv run
 * alembic} is {@code alembic}), {@code make} targets replaced by their recipes, paths made relative
 * to the workspace root (following {@code cd}), display-only options dropped ({@code ls -la},
 * {@code alembic history -v}), and alembic's options written one way ({@code -m x} is {@code
 * --message=x}, in any order, the message compared by its slug).
 */
final class CommandMeaning {
  private static final Set<String> LOOKING =
      Set.of("ls", "tree", "cat", "head", "tail", "wc", "less", "more", "stat", "file");
  private static final Set<String> EDITORS = Set.of("edit", "nano", "vim", "vi", "code");
  private static final Set<String> ALEMBIC_VALUES =
      Set.of(
          "--config",
          "--name",
          "-x",
          "--message",
          "--rev-range",
          "--tag",
          "--head",
          "--branch-label",
          "--version-path",
          "--rev-id",
          "--depends-on",
          "--template");
  private static final Set<String> ALEMBIC_DISPLAY =
      Set.of("--verbose", "--indicate-current", "--resolve-dependencies", "--raiseerr");

  private CommandMeaning() {}

  /** The meanings of the commands in {@code line}, typed in {@code cwd} ({@code ~/alembic}). */
  static List<List<String>> of(String line, String cwd, Path root) {
    List<List<String>> out = new ArrayList<>();
    collect(line, cwd, root, out, 0);
    return out;
  }

  private static String collect(
      String line, String cwd, Path root, List<List<String>> out, int depth) {
    CommandList list;
    try {
      list = ShellParser.parse(line);
    } catch (ShellSyntaxException | RuntimeException e) {
      return cwd;
    }
    for (SimpleCommand sc : list.commands()) {
      List<String> words = new ArrayList<>();
      for (Word w : sc.words()) {
        words.add(w.literalText());
      }
      while (words.size() >= 2
          && (Set.of("uv", "poetry", "pipenv").contains(words.get(0)) && words.get(1).equals("run")
              || Set.of("python", "python3").contains(words.get(0)) && words.get(1).equals("-m"))) {
        words = new ArrayList<>(words.subList(2, words.size()));
      }
      if (words.isEmpty()) {
        continue;
      }
      String program = words.get(0);
      List<String> args = words.subList(1, words.size());
      if (program.equals("cd")) {
        cwd = "~/" + path(cwd, args.isEmpty() ? "~" : args.get(0), root);
        cwd = cwd.equals("~/.") ? "~" : cwd;
        continue;
      }
      if (program.equals("make") && depth < 3) {
        out.add(List.of("make", String.join(" ", args)));
        for (String recipe : MakeRecipes.read(root).commands(args)) {
          collect(recipe, cwd, root, out, depth + 1);
        }
        continue;
      }
      out.add(normalize(program, args, cwd, root));
    }
    return cwd;
  }

  private static List<String> normalize(String program, List<String> args, String cwd, Path root) {
    List<String> out = new ArrayList<>(List.of(program));
    if (program.equals("alembic")) {
      return alembic(args, cwd, root);
    }
    if (LOOKING.contains(program) || EDITORS.contains(program)) {
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.startsWith("-") && a.length() > 1) {
          if (a.equals("-n") || a.equals("-c") || a.equals("-L")) {
            i++; // head -n 20, tree -L 2: the value goes with the option
          }
          continue;
        }
        out.add(path(cwd, a, root));
      }
      if (out.size() == 1 && (program.equals("ls") || program.equals("tree"))) {
        out.add(path(cwd, ".", root));
      }
      return out;
    }
    if (program.equals("sqlite3")) {
      boolean database = false;
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.startsWith("-") && !database) {
          if (Set.of("-cmd", "-separator", "-newline", "-nullvalue", "-init").contains(a)) {
            i++;
          }
          continue;
        }
        out.add(database ? sql(a) : path(cwd, a, root));
        database = true;
      }
      return out;
    }
    if (program.equals("sed") && !args.isEmpty()) {
      out.addAll(args.subList(0, args.size() - 1));
      out.add(path(cwd, args.get(args.size() - 1), root));
      return out;
    }
    if (program.equals("grep")) {
      boolean pattern = false;
      for (String a : args) {
        if (a.startsWith("-") && a.length() > 1) {
          continue;
        }
        out.add(pattern ? path(cwd, a, root) : a);
        pattern = true;
      }
      return out;
    }
    out.addAll(args);
    return out;
  }

  private static List<String> alembic(List<String> args, String cwd, Path root) {
    List<String> positional = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("-") || a.equals("-")) {
        positional.add(a);
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      name = longName(name);
      if (ALEMBIC_VALUES.contains(name) && value == null && i + 1 < args.size()) {
        value = args.get(++i);
      }
      if (ALEMBIC_DISPLAY.contains(name)
          || name.equals("--config") && "alembic.ini".equals(value)
          || name.equals("--name") && "alembic".equals(value)) {
        continue;
      }
      if (name.equals("--message") && value != null) {
        value = RevisionFacts.slug(value);
      }
      options.add(value == null ? name : name + "=" + value);
    }
    options.sort(null);
    List<String> out = new ArrayList<>(List.of("alembic"));
    for (int i = 0; i < positional.size(); i++) {
      boolean initDir = i == 1 && positional.get(0).equals("init");
      out.add(initDir ? path(cwd, positional.get(i), root) : positional.get(i));
    }
    out.addAll(options);
    return out;
  }

  private static String longName(String option) {
    return switch (option) {
      case "-c" -> "--config";
      case "-n" -> "--name";
      case "-m" -> "--message";
      case "-r" -> "--rev-range";
      case "-v" -> "--verbose";
      case "-i" -> "--indicate-current";
      case "-t" -> "--template";
      default -> option;
    };
  }

  /** SQL or a dot command: blanks collapsed, case folded outside quotes, no final semicolon. */
  private static String sql(String text) {
    String k = text.strip().replaceAll(";+$", "").strip();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (char c : k.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
      }
      b.append(quoted ? c : Character.toLowerCase(c));
    }
    return b.toString().replaceAll("\\s+", " ").replace("\"", "");
  }

  /** A path typed in {@code cwd}, relative to the workspace root ({@code .} for the root). */
  static String path(String cwd, String typed, Path root) {
    String p = typed;
    String rootText = root.toString();
    if (p.equals(rootText) || p.startsWith(rootText + "/")) {
      p = p.substring(rootText.length());
    } else if (p.equals("~") || p.startsWith("~/")) {
      p = p.substring(1);
    } else if (!p.startsWith("/")) {
      p = (cwd.equals("~") ? "" : cwd.substring(1)) + "/" + p;
    } else {
      return typed; // outside the workspace: kept as typed, matches nothing of a lesson's
    }
    List<String> parts = new ArrayList<>();
    for (String part : p.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(part);
    }
    return parts.isEmpty() ? "." : String.join("/", parts);
  }

  /** Whether a program shows or opens a file's text (what {@code read} counts as looking at it). */
  static boolean showsText(String program) {
    return EDITORS.contains(program)
        || Set.of("cat", "head", "tail", "less", "more", "sed").contains(program);
  }
}
