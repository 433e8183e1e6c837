package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.NameOrder;
import migrationtutor.sandbox.shell.Printable;

/**
 * {@code ls [-l] [-a] [-A] [-h] [-1] [-C] [-d] [FILE]...} as GNU ls 9.1 prints it in the C.UTF-8
 * locale: columns on a terminal, one name per line into a file, {@code -l} with every field, files
 * before folders, {@code NAME:} headers when several operands are given. At the workspace root,
 * {@code ..} shows the root itself: the sandbox has nothing above it.
 */
final class Ls implements Command {
  private static final Map<String, Character> LONG =
      Map.of("all", 'a', "almost-all", 'A', "human-readable", 'h', "directory", 'd');

  /** One name in a listing, with its metadata. */
  private record Entry(String name, FileInfo info) {}

  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o = Options.parse("ls", args, "laAh1Cd", "", LONG);
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help ls' for more information.\n");
      return 2;
    }
    List<String> operands = o.operands.isEmpty() ? List.of(".") : o.operands;
    int status = 0;
    List<Entry> files = new ArrayList<>();
    List<Entry> dirs = new ArrayList<>();
    for (String op : operands) {
      try {
        Path p = ctx.resolve(op);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          throw new NoSuchFileException(op);
        }
        boolean followDir =
            Files.isDirectory(p) && !(o.has('l') && Files.isSymbolicLink(p) && !op.endsWith("/"));
        if (followDir && !o.has('d')) {
          dirs.add(new Entry(op, FileInfo.of(op, p)));
        } else {
          files.add(new Entry(op, FileInfo.of(op, p)));
        }
      } catch (IOException e) {
        ctx.err()
            .print(
                "ls: cannot access " + Printable.quoted(op) + ": " + IoErrors.describe(e) + "\n");
        status = 2;
      }
    }
    Comparator<Entry> byName = (a, b) -> NameOrder.compare(a.name(), b.name());
    files.sort(byName);
    dirs.sort(byName);
    StringBuilder b = new StringBuilder();
    boolean first = true;
    if (!files.isEmpty()) {
      b.append(format(ctx, o, files, false));
      first = false;
    }
    for (Entry d : dirs) {
      if (!first) {
        b.append('\n');
      }
      first = false;
      if (operands.size() > 1) {
        b.append(ctx.terminalOutput() ? ShellQuoting.quote(d.name()) : d.name()).append(":\n");
      }
      try {
        b.append(format(ctx, o, list(ctx, d.info().path(), o), true));
      } catch (IOException e) {
        ctx.out().print(b);
        b.setLength(0);
        ctx.err()
            .print(
                "ls: cannot open directory "
                    + Printable.quoted(d.name())
                    + ": "
                    + IoErrors.describe(e)
                    + "\n");
        status = 2;
      }
    }
    ctx.out().print(b);
    return status;
  }

  private static List<Entry> list(CommandContext ctx, Path dir, Options o) throws IOException {
    List<Entry> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".") || o.has('a') || o.has('A')) {
          out.add(new Entry(name, FileInfo.of(name, p)));
        }
      }
    }
    if (o.has('a')) {
      Path real = dir.toRealPath();
      out.add(new Entry(".", FileInfo.of(".", real)));
      Path parent = real.getParent();
      boolean inside = parent != null && ctx.paths().contains(parent);
      out.add(new Entry("..", FileInfo.of("..", inside ? parent : real)));
    }
    out.sort((a, b) -> NameOrder.compare(a.name(), b.name()));
    return out;
  }

  private static String format(CommandContext ctx, Options o, List<Entry> entries, boolean total) {
    boolean terminal = ctx.terminalOutput();
    boolean longFormat = o.has('l');
    boolean onePerLine = !longFormat && (o.has('1') || !terminal && !o.has('C'));
    List<String> shown = new ArrayList<>();
    boolean anyQuoted = false;
    for (Entry e : entries) {
      String name = terminal ? ShellQuoting.quote(e.name()) : e.name();
      anyQuoted |= !name.equals(e.name());
      shown.add(name);
    }
    if (anyQuoted && !onePerLine) {
      // GNU ls keeps unquoted names aligned with the quoted ones by a leading space.
      for (int i = 0; i < shown.size(); i++) {
        if (shown.get(i).equals(entries.get(i).name())) {
          shown.set(i, " " + shown.get(i));
        }
      }
    }
    StringBuilder b = new StringBuilder();
    if (longFormat) {
      List<FileInfo> infos = new ArrayList<>();
      long blocks = 0;
      for (Entry e : entries) {
        infos.add(e.info());
        blocks += e.info().blocks();
      }
      if (total) {
        b.append("total ")
            .append(o.has('h') ? HumanSize.format(blocks * 1024) : blocks)
            .append('\n');
      }
      b.append(
          LongFormat.lines(infos, shown, o.has('h'), ctx.clock().instant(), ctx.clock().getZone()));
    } else if (onePerLine) {
      for (String s : shown) {
        b.append(s).append('\n');
      }
    } else {
      int[] widths = new int[shown.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = shown.get(i).codePointCount(0, shown.get(i).length());
      }
      b.append(Columns.layout(shown, widths, ctx.width()));
    }
    return b.toString();
  }
}
