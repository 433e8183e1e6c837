package migrationtutor.sandbox.shell.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import migrationtutor.sandbox.shell.CommandContext;
import migrationtutor.sandbox.shell.NameOrder;

/**
 * Walking a folder for the recursive commands: in name order, never through a link, and never into
 * the tutor's own {@code .tutor} folder (its snapshots would only confuse a search).
 */
final class Walk {
  private Walk() {}

  /** One entry below the walk's root. */
  record Item(String rel, Path path, boolean directory, boolean link) {}

  /** Every entry below {@code root}, folders before their contents. */
  static List<Item> entries(CommandContext ctx, Path root, boolean hidden) {
    List<Item> out = new ArrayList<>();
    visit(ctx, root, "", hidden, out);
    return out;
  }

  /** The regular files below {@code root} (hidden ones too, as grep -r reads them). */
  static List<String> files(CommandContext ctx, Path root) {
    List<String> out = new ArrayList<>();
    for (Item i : entries(ctx, root, true)) {
      if (!i.directory() && !i.link()) {
        out.add(i.rel());
      }
    }
    return out;
  }

  /** The names in {@code dir}, sorted, without the tutor's folder. */
  static List<String> names(CommandContext ctx, Path dir, boolean hidden) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if ((hidden || !name.startsWith(".")) && !ctx.paths().isTutorPath(p)) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      return names;
    }
    names.sort(NameOrder.BY_CODE_POINT);
    return names;
  }

  private static void visit(
      CommandContext ctx, Path dir, String rel, boolean hidden, List<Item> out) {
    for (String name : names(ctx, dir, hidden)) {
      Path p = dir.resolve(name);
      String r = rel.isEmpty() ? name : rel + "/" + name;
      boolean link = Files.isSymbolicLink(p);
      boolean directory = !link && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
      out.add(new Item(r, p, directory, link));
      if (directory) {
        visit(ctx, p, r, hidden, out);
      }
    }
  }
}
