package migrationtutor.sandbox.shell.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.sandbox.shell.Candidate;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.FileCompletion;

/**
 * Completion for {@code alembic}: Alembic 1.8.1's subcommands and their options (the table is
 * checked against the engine's {@code --help} by a test), and revision ids, prefixes and the
 * symbolic names where a revision is expected. Ids are read from the {@code revision = '...'} lines
 * of the files in the versions folder, without evaluating them.
 */
final class AlembicCompletion {
  /** Each subcommand with its options; a trailing {@code =} marks an option with a value. */
  static final Map<String, List<String>> SUBCOMMANDS = new LinkedHashMap<>();

  private static final List<String> GLOBAL =
      List.of("--config=", "--name=", "-x=", "--raiseerr", "--version", "--help");
  private static final Pattern REVISION =
      Pattern.compile("(?m)^revision\\s*(?::\\s*str\\s*)?=\\s*['\"]([0-9A-Za-z_]+)['\"]");

  static {
    SUBCOMMANDS.put("branches", List.of("--verbose"));
    SUBCOMMANDS.put("current", List.of("--verbose"));
    SUBCOMMANDS.put("downgrade", List.of("--sql", "--tag="));
    SUBCOMMANDS.put("edit", List.of());
    SUBCOMMANDS.put("ensure_version", List.of("--sql"));
    SUBCOMMANDS.put("heads", List.of("--verbose", "--resolve-dependencies"));
    SUBCOMMANDS.put("history", List.of("--rev-range=", "--verbose", "--indicate-current"));
    SUBCOMMANDS.put("init", List.of("--template=", "--package"));
    SUBCOMMANDS.put("list_templates", List.of());
    SUBCOMMANDS.put("merge", List.of("--message=", "--branch-label=", "--rev-id="));
    SUBCOMMANDS.put(
        "revision",
        List.of(
            "--message=",
            "--autogenerate",
            "--sql",
            "--head=",
            "--splice",
            "--branch-label=",
            "--version-path=",
            "--rev-id=",
            "--depends-on="));
    SUBCOMMANDS.put("show", List.of());
    SUBCOMMANDS.put("stamp", List.of("--sql", "--tag=", "--purge"));
    SUBCOMMANDS.put("upgrade", List.of("--sql", "--tag="));
  }

  private static final List<String> TAKES_REVISION =
      List.of("downgrade", "edit", "merge", "show", "stamp", "upgrade");

  private AlembicCompletion() {}

  static List<Candidate> complete(CommandContext ctx, List<String> args, String prefix) {
    String sub = null;
    String previous = args.isEmpty() ? "" : args.get(args.size() - 1);
    for (String a : args) {
      if (SUBCOMMANDS.containsKey(a)) {
        sub = a;
        break;
      }
    }
    List<Candidate> out = new ArrayList<>();
    if (sub == null) {
      if (previous.equals("-c") || previous.equals("--config")) {
        return FileCompletion.files(ctx, prefix, false);
      }
      for (String s : SUBCOMMANDS.keySet()) {
        add(out, s, prefix, true);
      }
      if (prefix.startsWith("-")) {
        GLOBAL.forEach(o -> option(out, o, prefix));
      }
      return out;
    }
    if (prefix.startsWith("-")) {
      SUBCOMMANDS.get(sub).forEach(o -> option(out, o, prefix));
      option(out, "--help", prefix);
      return out;
    }
    boolean wantsRevision =
        TAKES_REVISION.contains(sub)
            || previous.equals("--head")
            || previous.equals("-r")
            || previous.equals("--rev-range")
            || previous.equals("--depends-on");
    if (sub.equals("init") || previous.equals("--version-path")) {
      return FileCompletion.files(ctx, prefix, true);
    }
    if (wantsRevision) {
      revisions(ctx, prefix, out, sub);
    }
    return out;
  }

  private static void revisions(
      CommandContext ctx, String prefix, List<Candidate> out, String sub) {
    // A range "a:b" completes its last part.
    int colon = prefix.lastIndexOf(':');
    String head = colon < 0 ? "" : prefix.substring(0, colon + 1);
    String part = prefix.substring(colon + 1);
    List<String> symbols = new ArrayList<>(List.of("head", "heads", "base"));
    if (sub.equals("downgrade")) {
      symbols.add("-1");
    }
    if (sub.equals("upgrade")) {
      symbols.add("+1");
    }
    for (String s : symbols) {
      add(out, head + s, head + part, true);
    }
    for (String id : revisionIds(ctx)) {
      if (id.startsWith(part)) {
        out.add(new Candidate(head + id, "revision", true));
      }
    }
  }

  /** The revision ids in the project's versions folder(s), sorted. */
  static List<String> revisionIds(CommandContext ctx) {
    TreeSet<String> ids = new TreeSet<>();
    for (Path dir : versionDirs(ctx)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.py")) {
        for (Path p : s) {
          if (Files.size(p) > (1 << 20)) {
            continue;
          }
          Matcher m = REVISION.matcher(Files.readString(p, StandardCharsets.UTF_8));
          if (m.find()) {
            ids.add(m.group(1));
          }
        }
      } catch (IOException | RuntimeException e) {
        // no ids from an unreadable folder
      }
    }
    return new ArrayList<>(ids);
  }

  private static List<Path> versionDirs(CommandContext ctx) {
    List<Path> dirs = new ArrayList<>();
    for (String rel : AlembicFootprint.of(ctx, List.of()).paths()) {
      try {
        Path p = ctx.paths().root().resolve(rel).resolve("versions");
        if (Files.isDirectory(p) && ctx.paths().contains(p)) {
          dirs.add(p);
        }
      } catch (RuntimeException e) {
        // skip
      }
    }
    return dirs;
  }

  private static void add(List<Candidate> out, String value, String prefix, boolean complete) {
    if (value.startsWith(prefix)) {
      out.add(new Candidate(value, "", complete));
    }
  }

  private static void option(List<Candidate> out, String option, String prefix) {
    boolean takesValue = option.endsWith("=");
    String name = takesValue ? option.substring(0, option.length() - 1) : option;
    if (name.startsWith(prefix)) {
      out.add(new Candidate(name, "", true));
    }
  }
}
