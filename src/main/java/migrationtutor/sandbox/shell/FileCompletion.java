package migrationtutor.sandbox.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** File-name completion inside the workspace, for any command's arguments. */
public final class FileCompletion {
  private FileCompletion() {}

  /**
   * The workspace entries whose names start with {@code prefix}'s last component, in the folder its
   * other components name; folders end in {@code /} and stay open for more typing.
   */
  public static List<Candidate> files(CommandContext ctx, String prefix, boolean foldersOnly) {
    int slash = prefix.lastIndexOf('/');
    String dirPart = slash < 0 ? "" : prefix.substring(0, slash + 1);
    String namePart = prefix.substring(slash + 1);
    List<Candidate> out = new ArrayList<>();
    Path dir;
    try {
      String typed = dirPart.isEmpty() ? "." : dirPart;
      if (typed.equals("~/") || typed.startsWith("~/")) {
        typed = ctx.paths().root() + typed.substring(1);
      }
      dir = ctx.resolve(typed);
    } catch (IOException e) {
      return out;
    }
    if (!Files.isDirectory(dir)) {
      return out;
    }
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (name.startsWith(namePart) && (namePart.startsWith(".") || !name.startsWith("."))) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      return out;
    }
    names.sort(NameOrder.BY_CODE_POINT);
    for (String name : names) {
      boolean folder = Files.isDirectory(dir.resolve(name));
      if (folder) {
        out.add(new Candidate(dirPart + name + "/", "", false));
      } else if (!foldersOnly) {
        out.add(Candidate.of(dirPart + name));
      }
    }
    return out;
  }
}
