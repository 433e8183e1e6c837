package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code diff [-u | -U N] [-q] FILE1 FILE2}: GNU diff 3.8's normal and unified formats (headers
 * with nanosecond times, {@code @@} hunks with three lines of context, {@code \ No newline at end
 * of file}), and its exit status: 0 same, 1 different, 2 trouble. Folders are not compared.
 */
final class Diff implements Command {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.nnnnnnnnn Z");

  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o = Options.parse("diff", args, "uq", "U", Map.of("unified", 'u', "brief", 'q'));
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\ndiff: Try 'help diff' for more information.\n");
      return 2;
    }
    if (o.operands.size() != 2) {
      ctx.err()
          .print(
              o.operands.size() < 2
                  ? "diff: missing operand after "
                      + Printable.quoted(
                          o.operands.isEmpty() ? "diff" : o.operands.get(o.operands.size() - 1))
                      + "\n"
                  : "diff: extra operand " + Printable.quoted(o.operands.get(2)) + "\n");
      ctx.err().print("diff: Try 'help diff' for more information.\n");
      return 2;
    }
    int context = 3;
    boolean unified = o.has('u') || o.value('U') != null;
    if (o.value('U') != null) {
      try {
        context = Integer.parseInt(o.value('U'));
      } catch (NumberFormatException e) {
        ctx.err().print("diff: invalid context length " + Printable.quoted(o.value('U')) + "\n");
        return 2;
      }
    }
    String nameA = o.operands.get(0);
    String nameB = o.operands.get(1);
    Side a;
    Side b;
    try {
      a = side(ctx, nameA);
      b = side(ctx, nameB);
    } catch (IOException e) {
      String bad = e instanceof NoSuchFileException n && n.getFile() != null ? n.getFile() : nameA;
      ctx.err().print("diff: " + Printable.of(bad) + ": " + IoErrors.describe(e) + "\n");
      return 2;
    }
    if (a.bytes == null || b.bytes == null) {
      ctx.err()
          .print(
              "diff: comparing folders is not available in the tutor's shell; compare"
                  + " two files\n");
      return 2;
    }
    if (java.util.Arrays.equals(a.bytes, b.bytes)) {
      return 0;
    }
    if (o.has('q')) {
      ctx.out().print("Files " + nameA + " and " + nameB + " differ\n");
      return 1;
    }
    if (InputFiles.isBinary(a.bytes) || InputFiles.isBinary(b.bytes)) {
      ctx.out().print("Binary files " + nameA + " and " + nameB + " differ\n");
      return 1;
    }
    List<String> la = InputFiles.lines(a.bytes);
    List<String> lb = InputFiles.lines(b.bytes);
    List<EditScript.Run> runs;
    try {
      runs = EditScript.of(la, lb);
    } catch (EditScript.TooDifferent e) {
      ctx.err()
          .print(
              "diff: the files differ in more than "
                  + EditScript.MAX_EDITS
                  + " lines; the tutor's diff does not compare files that different\n");
      return 2;
    }
    StringBuilder out = new StringBuilder();
    if (unified) {
      out.append("--- ").append(nameA).append('\t').append(stamp(ctx, a.mtime)).append('\n');
      out.append("+++ ").append(nameB).append('\t').append(stamp(ctx, b.mtime)).append('\n');
      DiffFormats.unified(runs, la, lb, context, out);
    } else {
      DiffFormats.normal(runs, la, lb, out);
    }
    ctx.out().print(out);
    return 1;
  }

  /** A file to compare: its bytes (null for a folder) and modification time. */
  private record Side(byte[] bytes, Instant mtime) {}

  private static Side side(CommandContext ctx, String name) throws IOException {
    Path p = ctx.resolve(name);
    if (!Files.exists(p)) {
      throw new NoSuchFileException(name);
    }
    if (Files.isDirectory(p)) {
      return new Side(null, null);
    }
    return new Side(Files.readAllBytes(p), Files.getLastModifiedTime(p).toInstant());
  }

  private static String stamp(CommandContext ctx, Instant t) {
    return STAMP.format(t.atZone(ctx.clock().getZone()));
  }
}
