package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code head} and {@code tail} with {@code -n N} (also {@code -N}; {@code head -n -N} for all but
 * the last N, {@code tail -n +N} from line N), {@code ==> NAME <==} headers for several files,
 * {@code -q} and {@code -v}; GNU's messages and exit statuses.
 */
final class HeadTail implements Command {
  private final boolean head;

  HeadTail(boolean head) {
    this.head = head;
  }

  @Override
  public int run(CommandContext ctx, List<String> args) {
    String cmd = head ? "head" : "tail";
    List<String> normalized = new ArrayList<>();
    for (String a : args) {
      // The old form -20 means -n 20 (but -n -20 is a count of its own).
      String previous = normalized.isEmpty() ? "" : normalized.get(normalized.size() - 1);
      boolean count = previous.equals("-n") || previous.equals("--lines");
      normalized.add(a.matches("-[0-9]+") && !count ? "-n" + a.substring(1) : a);
    }
    Options o;
    try {
      o =
          Options.parse(
              cmd,
              normalized,
              "qv",
              "n",
              Map.of("lines", 'n', "quiet", 'q', "silent", 'q', "verbose", 'v'));
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help " + cmd + "' for more information.\n");
      return 1;
    }
    String count = o.value('n') == null ? "10" : o.value('n');
    boolean fromStart = !head && count.startsWith("+");
    boolean allBut = head && count.startsWith("-");
    long n;
    try {
      n = Long.parseLong(count.replaceFirst("^[+-]", ""));
    } catch (NumberFormatException e) {
      ctx.err().print(cmd + ": invalid number of lines: " + Printable.quoted(count) + "\n");
      return 1;
    }
    List<String> names = o.operands.isEmpty() ? List.of("-") : o.operands;
    boolean headers = o.has('v') || names.size() > 1 && !o.has('q');
    int status = 0;
    boolean first = true;
    for (String name : names) {
      byte[] bytes;
      try {
        bytes = InputFiles.read(ctx, name);
      } catch (InputFiles.IsDirectory e) {
        printHeader(ctx, headers, first, name);
        first = false;
        ctx.err().print(cmd + ": error reading " + Printable.quoted(name) + ": Is a directory\n");
        status = 1;
        continue;
      } catch (IOException e) {
        ctx.err()
            .print(
                cmd
                    + ": cannot open "
                    + Printable.quoted(name)
                    + " for reading: "
                    + IoErrors.describe(e)
                    + "\n");
        status = 1;
        continue;
      }
      printHeader(ctx, headers, first, name);
      first = false;
      List<String> lines = InputFiles.lines(bytes);
      int size = lines.size();
      int from;
      int to;
      if (head) {
        from = 0;
        to = allBut ? (int) Math.max(0, size - n) : (int) Math.min(size, n);
      } else {
        from = fromStart ? (int) Math.min(size, Math.max(0, n - 1)) : (int) Math.max(0, size - n);
        to = size;
      }
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        b.append(lines.get(i));
      }
      ctx.out().print(b);
    }
    return status;
  }

  private static void printHeader(CommandContext ctx, boolean headers, boolean first, String name) {
    if (headers) {
      ctx.out()
          .print(
              (first ? "" : "\n")
                  + "==> "
                  + (name.equals("-") ? "standard input" : name)
                  + " <==\n");
    }
  }
}
