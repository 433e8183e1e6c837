package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.GlobPattern;

/**
 * {@code tree [-a] [-d] [-L LEVEL] [-I PATTERN] [DIR]...}: tree 2.1.0's drawing and its report line
 * ({@code 4 directories, 9 files}, counting the listed folder itself). {@code -I} takes {@code
 * |}-separated wildcard patterns matched against names. The tutor's {@code .tutor} folder is left
 * out even with {@code -a}.
 */
final class Tree implements Command {
  private static final Map<String, Character> LONG = Map.of("noreport", 'n');

  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o = Options.parse("tree", args, "adn", "LI", LONG);
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help tree' for more information.\n");
      return 2;
    }
    int maxLevel = Integer.MAX_VALUE;
    if (o.value('L') != null) {
      try {
        maxLevel = Integer.parseInt(o.value('L'));
        if (maxLevel < 1) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        ctx.err().print("tree: Invalid level, must be greater than 0.\n");
        return 1;
      }
    }
    Pattern ignore = null;
    if (o.value('I') != null) {
      StringBuilder alt = new StringBuilder();
      for (String p : o.value('I').split("\\|")) {
        alt.append(alt.length() == 0 ? "" : "|")
            .append("(?:")
            .append(GlobPattern.compile(p).pattern())
            .append(')');
      }
      ignore = Pattern.compile(alt.toString(), Pattern.DOTALL);
    }
    Drawing d = new Drawing(ctx, o.has('a'), o.has('d'), maxLevel, ignore);
    List<String> roots = o.operands.isEmpty() ? List.of(".") : o.operands;
    int status = 0;
    for (String root : roots) {
      Path p;
      try {
        p = ctx.resolve(root);
      } catch (IOException e) {
        p = null;
      }
      if (p == null || !Files.exists(p)) {
        d.out.append(root).append("  [error opening dir]\n");
        status = 2;
      } else if (!Files.isDirectory(p)) {
        d.out.append(root).append("  [error opening dir]\n");
        d.files++;
      } else {
        d.out.append(root).append('\n');
        d.dirs++;
        d.draw(p, "", 1);
      }
    }
    if (!o.has('n')) {
      d.out.append('\n').append(d.dirs).append(d.dirs == 1 ? " directory" : " directories");
      if (!o.has('d')) {
        d.out.append(", ").append(d.files).append(d.files == 1 ? " file" : " files");
      }
      d.out.append('\n');
    }
    ctx.out().print(d.out);
    return status;
  }

  /** The drawing in progress and its counts. */
  private static final class Drawing {
    final CommandContext ctx;
    final boolean all;
    final boolean dirsOnly;
    final int maxLevel;
    final Pattern ignore;
    final StringBuilder out = new StringBuilder();
    int dirs;
    int files;

    Drawing(CommandContext ctx, boolean all, boolean dirsOnly, int maxLevel, Pattern ignore) {
      this.ctx = ctx;
      this.all = all;
      this.dirsOnly = dirsOnly;
      this.maxLevel = maxLevel;
      this.ignore = ignore;
    }

    void draw(Path dir, String indent, int level) {
      List<String> names = Walk.names(ctx, dir, all);
      names.removeIf(
          n ->
              ignore != null && ignore.matcher(n).matches()
                  || dirsOnly && !Files.isDirectory(dir.resolve(n), LinkOption.NOFOLLOW_LINKS));
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        boolean last = i == names.size() - 1;
        Path p = dir.resolve(name);
        out.append(indent).append(last ? "└── " : "├── ").append(name);
        if (Files.isSymbolicLink(p)) {
          try {
            out.append(" -> ").append(Files.readSymbolicLink(p));
          } catch (IOException e) {
            // shown without its target
          }
          out.append('\n');
          files++;
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.append('\n');
          dirs++;
          if (level < maxLevel) {
            // tree 2.1 draws the bar with two no-break spaces in a UTF-8 locale.
            draw(p, indent + (last ? "    " : "│\u00a0\u00a0 "), level + 1);
          }
        } else {
          out.append('\n');
          files++;
        }
      }
    }
  }
}
