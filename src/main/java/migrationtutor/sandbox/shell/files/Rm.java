package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * {@code rm [-r] [-f] [-d] [-v] FILE...}: GNU rm's rules and messages. Links are removed, never
 * followed; the workspace folder and {@code .tutor} cannot be removed; undo brings files back.
 */
final class Rm implements Command {
  private static final Map<String, Character> LONG =
      Map.of("recursive", 'r', "force", 'f', "dir", 'd', "verbose", 'v');

  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o = Options.parse("rm", args, "rRfdv", "", LONG);
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help rm' for more information.\n");
      return 1;
    }
    boolean recursive = o.has('r') || o.has('R');
    if (o.operands.isEmpty()) {
      if (o.has('f')) {
        return 0;
      }
      ctx.err().print("rm: missing operand\nTry 'help rm' for more information.\n");
      return 1;
    }
    int status = 0;
    for (String name : o.operands) {
      String last = name.replaceAll("/+$", "");
      last = last.substring(last.lastIndexOf('/') + 1);
      if (last.equals(".") || last.equals("..")) {
        ctx.err()
            .print(
                "rm: refusing to remove '.' or '..' directory: skipping "
                    + Printable.quoted(name)
                    + "\n");
        status = 1;
        continue;
      }
      try {
        Path p = ctx.resolveForChange(name);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          if (!o.has('f')) {
            ctx.err()
                .print(
                    "rm: cannot remove "
                        + Printable.quoted(name)
                        + ": No such file or directory\n");
            status = 1;
          }
          continue;
        }
        boolean dir = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
        if (dir && !recursive) {
          if (!o.has('d')) {
            ctx.err().print("rm: cannot remove " + Printable.quoted(name) + ": Is a directory\n");
            status = 1;
            continue;
          }
          if (!isEmpty(p)) {
            ctx.err()
                .print("rm: cannot remove " + Printable.quoted(name) + ": Directory not empty\n");
            status = 1;
            continue;
          }
        }
        remove(ctx, p, name, o.has('v'));
      } catch (IOException e) {
        ctx.err()
            .print(
                "rm: cannot remove " + Printable.quoted(name) + ": " + IoErrors.describe(e) + "\n");
        status = 1;
      }
    }
    return status;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  private static void remove(CommandContext ctx, Path p, String shown, boolean verbose)
      throws IOException {
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
        s.forEach(children::add);
      }
      for (Path c : children) {
        remove(ctx, c, shown + "/" + c.getFileName(), verbose);
      }
      Files.delete(p);
      if (verbose) {
        ctx.out().print("removed directory " + Printable.quoted(shown) + "\n");
      }
      return;
    }
    Files.delete(p);
    if (verbose) {
      ctx.out().print("removed " + Printable.quoted(shown) + "\n");
    }
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    return ctx.footprintOf(args.stream().filter(a -> !a.startsWith("-")).toList());
  }
}
