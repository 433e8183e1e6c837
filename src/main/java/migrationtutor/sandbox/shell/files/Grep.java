package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code grep [-n] [-i] [-v] [-r] [-E] [-F] [-w] [-c] [-l] [-h] [-H] [-q] [-s] [-e PATTERN] PATTERN
 * [FILE]...}: GNU grep 3.8's output (name prefixes for several files or {@code -r}, no colour),
 * messages and exit status (0 a line was selected, 1 none, 2 trouble). {@code -r} walks in name
 * order and skips the tutor's {@code .tutor} folder.
 */
final class Grep implements Command {
  private static final Map<String, Character> LONG =
      Map.ofEntries(
          Map.entry("line-number", 'n'),
          Map.entry("ignore-case", 'i'),
          Map.entry("invert-match", 'v'),
          Map.entry("recursive", 'r'),
          Map.entry("extended-regexp", 'E'),
          Map.entry("fixed-strings", 'F'),
          Map.entry("word-regexp", 'w'),
          Map.entry("count", 'c'),
          Map.entry("files-with-matches", 'l'),
          Map.entry("no-filename", 'h'),
          Map.entry("with-filename", 'H'),
          Map.entry("quiet", 'q'),
          Map.entry("silent", 'q'),
          Map.entry("no-messages", 's'),
          Map.entry("regexp", 'e'),
          Map.entry("color", (char) 1),
          Map.entry("colour", (char) 1),
          Map.entry("include", (char) 2));

  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o = Options.parse("grep", args, "niRrvEFGwclhHqs", "e\u0001\u0002", LONG);
    } catch (Options.UsageError e) {
      ctx.err()
          .print(
              e.getMessage()
                  + "\nUsage: grep [OPTION]... PATTERNS [FILE]...\n"
                  + "Try 'help grep' for more information.\n");
      return 2;
    }
    List<String> operands = new ArrayList<>(o.operands);
    String regex = o.value('e');
    if (regex == null) {
      if (operands.isEmpty()) {
        ctx.err()
            .print(
                "Usage: grep [OPTION]... PATTERNS [FILE]...\n"
                    + "Try 'help grep' for more information.\n");
        return 2;
      }
      regex = operands.remove(0);
    }
    Pattern pattern;
    try {
      pattern = pattern(regex, o);
    } catch (RegexTranslator.BadPattern e) {
      ctx.err().print("grep: " + e.getMessage() + "\n");
      return 2;
    }
    boolean recursive = o.has('r') || o.has('R');
    List<String> names = operands;
    if (names.isEmpty()) {
      names = List.of(recursive ? "." : "-");
    }
    Search search = new Search(ctx, o, pattern);
    search.withNames = !o.has('h') && (o.has('H') || names.size() > 1 || recursive);
    Pattern include =
        o.value((char) 2) == null
            ? null
            : migrationtutor.sandbox.shell.GlobPattern.compile(o.value((char) 2));
    for (String name : names) {
      if (search.stop) {
        break;
      }
      if (recursive && !name.equals("-")) {
        walk(search, name, operands.isEmpty() && name.equals("."), include);
      } else {
        search.file(name);
      }
    }
    ctx.out().print(search.out);
    if (search.error && !(o.has('q') && search.matched)) {
      return 2;
    }
    return search.matched ? 0 : 1;
  }

  private static Pattern pattern(String regex, Options o) throws RegexTranslator.BadPattern {
    boolean ignoreCase = o.has('i');
    String body;
    if (o.has('F')) {
      body = Pattern.quote(regex);
    } else {
      body = RegexTranslator.translate(regex, o.has('E'));
    }
    if (o.has('w')) {
      body = "(?<![\\p{Alnum}_])(?:" + body + ")(?![\\p{Alnum}_])";
    }
    try {
      return Pattern.compile(
          body, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new RegexTranslator.BadPattern("Invalid regular expression");
    } catch (StackOverflowError e) {
      throw new RegexTranslator.BadPattern("regular expression is too big");
    }
  }

  /** {@code grep -r}: every file below {@code name}, in name order, spelled from it. */
  private static void walk(Search s, String name, boolean implicit, Pattern include) {
    Path root;
    try {
      root = s.ctx.resolve(name);
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        throw new NoSuchFileException(name);
      }
    } catch (IOException e) {
      s.complain(name, IoErrors.describe(e));
      return;
    }
    if (!Files.isDirectory(root)) {
      s.file(name);
      return;
    }
    String prefix = implicit ? "" : name.endsWith("/") ? name : name + "/";
    for (String rel : Walk.files(s.ctx, root)) {
      if (s.stop) {
        return;
      }
      String base = rel.substring(rel.lastIndexOf('/') + 1);
      if (include == null || include.matcher(base).matches()) {
        s.file(prefix + rel);
      }
    }
  }

  /** The state of one grep run over its files. */
  private static final class Search {
    final CommandContext ctx;
    final Options o;
    final Pattern pattern;
    final StringBuilder out = new StringBuilder();
    boolean withNames;
    boolean matched;
    boolean error;
    boolean stop;

    Search(CommandContext ctx, Options o, Pattern pattern) {
      this.ctx = ctx;
      this.o = o;
      this.pattern = pattern;
    }

    void complain(String name, String why) {
      error = true;
      if (!o.has('s')) {
        flush();
        ctx.err().print("grep: " + Printable.of(name) + ": " + why + "\n");
      }
    }

    void flush() {
      ctx.out().print(out);
      out.setLength(0);
      ctx.out().flush();
    }

    void file(String name) {
      byte[] bytes;
      try {
        bytes = InputFiles.read(ctx, name);
      } catch (IOException e) {
        complain(name, IoErrors.describe(e));
        return;
      }
      boolean binary = InputFiles.isBinary(bytes);
      String shown = name.equals("-") ? "(standard input)" : name;
      long count = 0;
      int lineNo = 0;
      // In a binary file GNU grep takes NUL bytes for line ends as well.
      List<String> lines = InputFiles.lines(bytes);
      if (binary) {
        lines = new ArrayList<>();
        for (String l : InputFiles.lines(bytes)) {
          String[] parts = l.split("\0", -1);
          for (int k = 0; k < parts.length; k++) {
            if (k < parts.length - 1 || !parts[k].isEmpty()) {
              lines.add(parts[k]);
            }
          }
        }
      }
      for (String line : lines) {
        lineNo++;
        String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        Matcher m = pattern.matcher(text);
        if (m.find() == o.has('v')) {
          continue;
        }
        count++;
        matched = true;
        if (o.has('q')) {
          stop = true;
          return;
        }
        if (o.has('l') || o.has('c')) {
          continue;
        }
        if (binary) {
          flush();
          ctx.err().print("grep: " + Printable.of(shown) + ": binary file matches\n");
          return;
        }
        if (withNames) {
          out.append(shown).append(':');
        }
        if (o.has('n')) {
          out.append(lineNo).append(':');
        }
        out.append(text).append('\n');
      }
      if (o.has('l') && count > 0) {
        out.append(shown).append('\n');
      } else if (o.has('c')) {
        out.append(withNames ? shown + ":" : "").append(count).append('\n');
      }
    }
  }
}
