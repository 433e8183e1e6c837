package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code sed -n 'A,Bp' [FILE]...}: only the form learners use to read part of a file ({@code 'Np'},
 * {@code 'A,Bp'}, {@code 'A,$p'}, {@code '$p'}, {@code '/REGEX/p'}); line numbers run on across
 * files as in GNU sed. Editing with sed is refused with a pointer to {@code edit}.
 */
final class Sed implements Command {
  private static final Pattern RANGE =
      Pattern.compile("\\s*(\\d{1,18}|\\$)(?:\\s*,\\s*(\\d{1,18}|\\$))?\\s*p\\s*");
  private static final Pattern REGEX = Pattern.compile("\\s*/((?:[^/\\\\]|\\\\.)*)/\\s*p\\s*");
  private static final String ONLY =
      "sed: only sed -n 'A,Bp' (print lines A to B) and sed -n"
          + " '/PATTERN/p' are available in the tutor's shell; to change a file, use edit FILE or"
          + " write it with echo ... > FILE\n";

  @Override
  public int run(CommandContext ctx, List<String> args) {
    List<String> rest = new ArrayList<>(args);
    if (rest.isEmpty() || !rest.remove("-n") || rest.isEmpty()) {
      ctx.err().print(ONLY);
      return 1;
    }
    String script = rest.remove(0);
    if (script.equals("-e") && !rest.isEmpty()) {
      script = rest.remove(0);
    }
    Matcher range = RANGE.matcher(script);
    Matcher regex = REGEX.matcher(script);
    Pattern pattern = null;
    long from = 0;
    long to = 0;
    if (range.matches()) {
      from = bound(range.group(1));
      to = range.group(2) == null ? from : bound(range.group(2));
    } else if (regex.matches()) {
      try {
        pattern = RegexTranslator.compile(regex.group(1), false, false);
      } catch (RegexTranslator.BadPattern e) {
        ctx.err()
            .print("sed: -e expression #1, char " + script.length() + ": " + e.getMessage() + "\n");
        return 1;
      }
    } else {
      ctx.err().print(ONLY);
      return 1;
    }
    List<String> names = rest.isEmpty() ? List.of("-") : rest;
    List<String> all = new ArrayList<>();
    int status = 0;
    for (String name : names) {
      try {
        all.addAll(InputFiles.lines(InputFiles.read(ctx, name)));
      } catch (InputFiles.IsDirectory e) {
        ctx.err().print("sed: couldn't edit " + Printable.of(name) + ": not a regular file\n");
        status = 4;
      } catch (IOException e) {
        ctx.err()
            .print("sed: can't read " + Printable.of(name) + ": " + IoErrors.describe(e) + "\n");
        status = 2;
      }
    }
    long last = all.size();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      long n = i + 1;
      boolean print;
      if (pattern != null) {
        String line = all.get(i);
        print =
            pattern
                .matcher(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line)
                .find();
      } else {
        long a = from < 0 ? last : from;
        long z = to < 0 ? last : to;
        print = z < a ? n == a : n >= a && n <= z;
      }
      if (print) {
        b.append(all.get(i));
      }
    }
    ctx.out().print(b);
    return status;
  }

  /** A line number, or -1 for {@code $}. */
  private static long bound(String s) {
    return s.equals("$") ? -1 : Long.parseLong(s);
  }
}
