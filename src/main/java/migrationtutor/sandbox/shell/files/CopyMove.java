package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.sandbox.shell.Command;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.IoErrors;
import migrationtutor.sandbox.shell.Printable;
import migrationtutor.sandbox.workspace.Footprint;

/**
 * {@code cp [-r] [-v] SRC... DEST} and {@code mv [-v] SRC... DEST}: GNU's target rules (into a
 * folder when DEST is one), checks and messages. Links are not copied: one could point outside the
 * workspace.
 */
final class CopyMove implements Command {
  private final boolean move;

  CopyMove(boolean move) {
    this.move = move;
  }

  private String cmd() {
    return move ? "mv" : "cp";
  }

  @Override
  public int run(CommandContext ctx, List<String> args) {
    Options o;
    try {
      o =
          Options.parse(
              cmd(),
              args,
              move ? "fv" : "rRfv",
              "",
              move
                  ? Map.of("force", 'f', "verbose", 'v')
                  : Map.of("recursive", 'r', "force", 'f', "verbose", 'v'));
    } catch (Options.UsageError e) {
      ctx.err().print(e.getMessage() + "\nTry 'help " + cmd() + "' for more information.\n");
      return 1;
    }
    List<String> ops = o.operands;
    if (ops.size() < 2) {
      ctx.err()
          .print(
              ops.isEmpty()
                  ? cmd() + ": missing file operand\n"
                  : cmd()
                      + ": missing destination file operand after "
                      + Printable.quoted(ops.get(0))
                      + "\n");
      ctx.err().print("Try 'help " + cmd() + "' for more information.\n");
      return 1;
    }
    String dest = ops.get(ops.size() - 1);
    Path destPath;
    try {
      // The destination may be the workspace folder itself (mv file .): each path created in it
      // is checked below.
      destPath = ctx.resolve(dest);
    } catch (IOException e) {
      ctx.err()
          .print(
              cmd()
                  + ": cannot create "
                  + Printable.quoted(dest)
                  + ": "
                  + IoErrors.describe(e)
                  + "\n");
      return 1;
    }
    boolean intoDir = Files.isDirectory(destPath);
    if (ops.size() > 2 && !intoDir) {
      ctx.err().print(cmd() + ": target " + Printable.quoted(dest) + " is not a directory\n");
      return 1;
    }
    int status = 0;
    for (String src : ops.subList(0, ops.size() - 1)) {
      try {
        Path from = move ? ctx.resolveForChange(src) : ctx.resolve(src);
        if (!Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
          throw new NoSuchFileException(src);
        }
        Path to = intoDir ? destPath.resolve(from.getFileName().toString()) : destPath;
        String shownTo =
            intoDir ? (dest.endsWith("/") ? dest : dest + "/") + from.getFileName() : dest;
        ctx.paths().checkChangeable(to, shownTo);
        status |=
            move ? move(ctx, o, src, from, to, shownTo) : copy(ctx, o, src, from, to, shownTo);
      } catch (NoSuchFileException e) {
        ctx.err()
            .print(
                cmd() + ": cannot stat " + Printable.quoted(src) + ": No such file or directory\n");
        status = 1;
      } catch (IOException e) {
        ctx.err().print(cmd() + ": " + Printable.quoted(src) + ": " + IoErrors.describe(e) + "\n");
        status = 1;
      }
    }
    return status;
  }

  private int copy(CommandContext ctx, Options o, String src, Path from, Path to, String shownTo)
      throws IOException {
    if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
      if (!o.has('r') && !o.has('R')) {
        ctx.err().print("cp: -r not specified; omitting directory " + Printable.quoted(src) + "\n");
        return 1;
      }
      if (to.normalize().startsWith(from.normalize())) {
        ctx.err()
            .print(
                "cp: cannot copy a directory, "
                    + Printable.quoted(src)
                    + ", into itself, "
                    + Printable.quoted(shownTo)
                    + "\n");
        return 1;
      }
      if (Files.exists(to) && !Files.isDirectory(to)) {
        ctx.err()
            .print(
                "cp: cannot overwrite non-directory "
                    + Printable.quoted(shownTo)
                    + " with directory "
                    + Printable.quoted(src)
                    + "\n");
        return 1;
      }
      return copyTree(ctx, o, from, to, src, shownTo);
    }
    if (Files.isSymbolicLink(from)) {
      ctx.err()
          .print(
              "cp: not copying link "
                  + Printable.quoted(src)
                  + ": links are not"
                  + " available in the tutor's sandbox\n");
      return 1;
    }
    if (Files.exists(to) && Files.isSameFile(from, to)) {
      ctx.err()
          .print(
              "cp: "
                  + Printable.quoted(src)
                  + " and "
                  + Printable.quoted(shownTo)
                  + " are the same file\n");
      return 1;
    }
    if (Files.isDirectory(to)) {
      ctx.err()
          .print(
              "cp: cannot overwrite directory "
                  + Printable.quoted(shownTo)
                  + " with non-directory\n");
      return 1;
    }
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    verbose(ctx, o, src, shownTo);
    return 0;
  }

  private int copyTree(
      CommandContext ctx, Options o, Path from, Path to, String src, String shownTo)
      throws IOException {
    if (!Files.exists(to)) {
      Files.createDirectory(to);
      verbose(ctx, o, src, shownTo);
    }
    int status = 0;
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(from)) {
      s.forEach(children::add);
    }
    for (Path c : children) {
      if (ctx.paths().isTutorPath(c)) {
        continue;
      }
      String name = c.getFileName().toString();
      status |= copy(ctx, o, src + "/" + name, c, to.resolve(name), shownTo + "/" + name);
    }
    return status;
  }

  private int move(CommandContext ctx, Options o, String src, Path from, Path to, String shownTo)
      throws IOException {
    if (Files.exists(to, LinkOption.NOFOLLOW_LINKS) && Files.isSameFile(from, to)) {
      ctx.err()
          .print(
              "mv: "
                  + Printable.quoted(src)
                  + " and "
                  + Printable.quoted(shownTo)
                  + " are the same file\n");
      return 1;
    }
    boolean dir = Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS);
    if (dir && to.normalize().startsWith(from.normalize())) {
      ctx.err()
          .print(
              "mv: cannot move "
                  + Printable.quoted(src)
                  + " to a subdirectory of"
                  + " itself, "
                  + Printable.quoted(shownTo)
                  + "\n");
      return 1;
    }
    if (Files.isDirectory(to) && !dir) {
      ctx.err()
          .print(
              "mv: cannot overwrite directory "
                  + Printable.quoted(shownTo)
                  + " with non-directory\n");
      return 1;
    }
    if (dir && Files.exists(to) && !Files.isDirectory(to)) {
      ctx.err()
          .print(
              "mv: cannot overwrite non-directory "
                  + Printable.quoted(shownTo)
                  + " with directory "
                  + Printable.quoted(src)
                  + "\n");
      return 1;
    }
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.DirectoryNotEmptyException e) {
      ctx.err()
          .print(
              "mv: cannot move "
                  + Printable.quoted(src)
                  + " to "
                  + Printable.quoted(shownTo)
                  + ": Directory not empty\n");
      return 1;
    }
    if (o.has('v')) {
      ctx.out()
          .print("renamed " + Printable.quoted(src) + " -> " + Printable.quoted(shownTo) + "\n");
    }
    return 0;
  }

  private static void verbose(CommandContext ctx, Options o, String src, String to) {
    if (o.has('v')) {
      ctx.out().print(Printable.quoted(src) + " -> " + Printable.quoted(to) + "\n");
    }
  }

  @Override
  public Footprint footprint(CommandContext ctx, List<String> args) {
    List<String> ops = args.stream().filter(a -> !a.startsWith("-")).toList();
    if (ops.size() < 2) {
      return Footprint.NONE;
    }
    String dest = ops.get(ops.size() - 1);
    List<String> touched = new ArrayList<>();
    try {
      boolean intoDir = Files.isDirectory(ctx.resolve(dest));
      for (String src : ops.subList(0, ops.size() - 1)) {
        String base = src.replaceAll("/+$", "");
        base = base.substring(base.lastIndexOf('/') + 1);
        touched.add(intoDir ? dest + "/" + base : dest);
        if (move) {
          touched.add(src);
        }
      }
    } catch (IOException e) {
      return Footprint.NONE;
    }
    return ctx.footprintOf(touched);
  }
}
