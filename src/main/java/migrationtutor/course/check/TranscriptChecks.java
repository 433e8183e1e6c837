package migrationtutor.course.check;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The checks on what the learner ran since the lesson began, from the transcript. */
final class TranscriptChecks {
  private TranscriptChecks() {}

  static CheckResult ran(Check.Ran c, Probe p) {
    List<List<String>> patterns = c.commands().stream().map(cmd -> pattern(cmd, p.root())).toList();
    TranscriptRecord failed = null;
    for (TranscriptRecord r : p.transcript()) {
      if (matches(r, patterns, p.root())) {
        if (r.exit() == 0) {
          return CheckResult.pass(c);
        }
        failed = r;
      }
    }
    if (failed != null) {
      return CheckResult.fail(
          c,
          "`"
              + failed.command()
              + "` failed (exit "
              + failed.exit()
              + "): "
              + new AlembicRunner.Outcome(failed.exit(), failed.output()).error());
    }
    return CheckResult.fail(c, "you have not run " + alternatives(c.commands()) + " yet");
  }

  static CheckResult read(Check.Read c, Probe p) {
    String wanted = CommandMeaning.path("~", c.path(), p.root());
    for (TranscriptRecord r : p.transcript()) {
      if (r.exit() != 0) {
        continue;
      }
      for (List<String> m : CommandMeaning.of(r.command(), r.cwd(), p.root())) {
        if (CommandMeaning.showsText(m.get(0))
            && m.subList(1, m.size()).stream().anyMatch(a -> token(wanted, a, p.root()))) {
          return CheckResult.pass(c);
        }
      }
    }
    return CheckResult.fail(
        c, "you have not looked at " + c.path() + " yet (cat " + c.path() + ")");
  }

  static CheckResult output(Check.Output c, Probe p) {
    List<List<String>> pattern = List.of(pattern(c.command(), p.root()));
    boolean ran = false;
    String wanted = blanks(c.text());
    for (TranscriptRecord r : p.transcript()) {
      if (matches(r, pattern, p.root())) {
        ran = true;
        if (blanks(r.output()).contains(wanted)) {
          return CheckResult.pass(c);
        }
      }
    }
    return CheckResult.fail(
        c,
        ran
            ? "`" + c.command() + "` did not show `" + c.text() + "`"
            : "you have not run `" + c.command() + "` yet");
  }

  static CheckResult lastOutput(Check.LastOutput c, Probe p) {
    if (p.transcript().isEmpty()) {
      return CheckResult.fail(c, "you have not run a command in this lesson yet");
    }
    TranscriptRecord last = p.transcript().get(p.transcript().size() - 1);
    return blanks(last.output()).contains(blanks(c.text()))
        ? CheckResult.pass(c)
        : CheckResult.fail(c, "the last command did not show `" + c.text() + "`");
  }

  /** {@code `a`} or {@code `a` (or `b`)}. */
  static String alternatives(List<String> commands) {
    String first = "`" + commands.get(0) + "`";
    if (commands.size() == 1) {
      return first;
    }
    return first
        + " (or "
        + String.join(
            " or ", commands.subList(1, commands.size()).stream().map(x -> "`" + x + "`").toList())
        + ")";
  }

  /** A lesson's command as the words it means (its first command, typed at the root). */
  static List<String> pattern(String command, Path root) {
    List<List<String>> m = CommandMeaning.of(command, "~", root);
    return m.isEmpty() ? List.of("") : m.get(0);
  }

  private static boolean matches(TranscriptRecord r, List<List<String>> patterns, Path root) {
    for (List<String> meaning : CommandMeaning.of(r.command(), r.cwd(), root)) {
      for (List<String> pattern : patterns) {
        if (same(pattern, meaning, root)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean same(List<String> pattern, List<String> typed, Path root) {
    if (pattern.size() != typed.size()) {
      return false;
    }
    for (int i = 0; i < pattern.size(); i++) {
      if (!token(pattern.get(i), typed.get(i), root)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word of the lesson's command against a typed one: equal, or the lesson's glob matches it, or
   * the learner's own glob names a file the lesson's word names.
   */
  private static boolean token(String pattern, String typed, Path root) {
    if (pattern.equals(typed)) {
      return true;
    }
    if (isGlob(pattern) && regex(pattern).matcher(typed).matches()) {
      return true;
    }
    if (isGlob(typed)) {
      for (Path found : PathGlob.find(root, typed)) {
        String rel = root.relativize(found).toString().replace('\\', '/');
        if (rel.equals(pattern) || isGlob(pattern) && regex(pattern).matcher(rel).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isGlob(String s) {
    return s.contains("*") || s.contains("?");
  }

  private static Pattern regex(String glob) {
    StringBuilder b = new StringBuilder();
    for (char ch : glob.toCharArray()) {
      b.append(
          switch (ch) {
            case '*' -> "[^/]*";
            case '?' -> "[^/]";
            default -> Pattern.quote(String.valueOf(ch));
          });
    }
    return Pattern.compile(b.toString());
  }

  private static String blanks(String s) {
    return s.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n");
  }
}
