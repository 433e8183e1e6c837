package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code wc [-l] [-w] [-c] [-m] [FILE]...}: GNU wc's counts and its column width rule (wide enough
 * for the total size of the files; 1 when one count of one file is asked for).
 */
final class Wc implements Command {
  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o =
          Options.parse(
              "wc",
              args,
              "lwcm",
              "",
              Map.of("lines", 'l', "words", 'w', "bytes", 'c', "chars", 'm'));
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help wc' for more information.\n");
      return 1;
    }
    boolean all = !o.has('l') && !o.has('w') && !o.has('c') && !o.has('m');
    boolean lines = all || o.has('l');
    boolean words = all || o.has('w');
    boolean chars = o.has('m');
    boolean bytesCount = all || o.has('c');
    List<String> names = o.operands.isEmpty() ? List.of("-") : o.operands;
    List<Result> results = new ArrayList<>();
    long[] total = new long[4];
    long sizes = 0;
    boolean stdin = false;
    int status = 0;
    for (String name : names) {
      try {
        byte[] bytes = InputFiles.read(ctx, name);
        stdin |= name.equals("-");
        sizes += bytes.length;
        long[] c = count(bytes);
        for (int k = 0; k < 4; k++) {
          total[k] += c[k];
        }
        results.add(new Result(name, c, null));
      } catch (InputFiles.IsDirectory e) {
        // GNU wc reports the folder and still prints a line of zeros for it.
        results.add(new Result(name, new long[4], "Is a directory"));
        status = 1;
      } catch (IOException e) {
        results.add(new Result(name, null, IoErrors.describe(e)));
        status = 1;
      }
    }
    int selected = (lines ? 1 : 0) + (words ? 1 : 0) + (chars ? 1 : 0) + (bytesCount ? 1 : 0);
    int width = 1;
    if (!(names.size() == 1 && selected == 1)) {
      for (long s = sizes; s >= 10; s /= 10) {
        width++;
      }
      if (stdin) {
        width = Math.max(width, 7);
      }
    }
    StringBuilder b = new StringBuilder();
    for (Result r : results) {
      if (r.error() != null) {
        ctx.out().print(b);
        b.setLength(0);
        ctx.out().flush();
        ctx.err().print("wc: " + Printable.of(r.name()) + ": " + r.error() + "\n");
      }
      if (r.counts() != null) {
        line(
            b,
            r.counts(),
            lines,
            words,
            chars,
            bytesCount,
            width,
            o.operands.isEmpty() ? null : r.name());
      }
    }
    if (names.size() > 1) {
      line(b, total, lines, words, chars, bytesCount, width, "total");
    }
    ctx.out().print(b);
    return status;
  }

  /** One operand's counts, or the error reading it. */
  private record Result(String name, long[] counts, String error) {}

  private static void line(
      StringBuilder b,
      long[] c,
      boolean lines,
      boolean words,
      boolean chars,
      boolean bytes,
      int width,
      String name) {
    List<String> fields = new ArrayList<>();
    if (lines) {
      fields.add(pad(c[0], width));
    }
    if (words) {
      fields.add(pad(c[1], width));
    }
    if (chars) {
      fields.add(pad(c[2], width));
    }
    if (bytes) {
      fields.add(pad(c[3], width));
    }
    b.append(String.join(" ", fields));
    if (name != null) {
      b.append(' ').append(name);
    }
    b.append('\n');
  }

  private static String pad(long v, int width) {
    String s = Long.toString(v);
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  /** Lines, words, characters and bytes, as wc counts them. */
  private static long[] count(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    long lines = 0;
    long words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        lines++;
      }
      if (Character.isWhitespace(ch)) {
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return new long[] {lines, words, text.codePointCount(0, text.length()), bytes.length};
  }
}
