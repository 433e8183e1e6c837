package migrationtutor.sandbox.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import migrationtutor.sandbox.workspace.WorkspacePaths;

/**
 * Pathname expansion confined to the workspace: each {@code /}-separated component with a wildcard
 * is matched against the names in the folders reached so far (names starting with {@code .} only
 * when the component does too), and the results are sorted by {@link NameOrder}. Folders outside
 * the workspace are never listed.
 */
final class Glob {
  private Glob() {}

  /** The existing paths {@code pattern} matches, spelled as typed; empty when none. */
  static List<String> expand(String pattern, BitSet active, Path cwd, WorkspacePaths paths) {
    boolean absolute = pattern.startsWith("/");
    List<String> spelled = new ArrayList<>(List.of(absolute ? "/" : ""));
    List<Path> reached = new ArrayList<>(List.of(absolute ? Path.of("/") : cwd));
    int offset = absolute ? 1 : 0;
    String rest = pattern.substring(offset);
    String[] comps = rest.split("/", -1);
    for (int k = 0; k < comps.length; k++) {
      String comp = comps[k];
      boolean last = k == comps.length - 1;
      BitSet compActive = active.get(offset, offset + comp.length());
      offset += comp.length() + 1;
      List<String> nextSpelled = new ArrayList<>();
      List<Path> nextReached = new ArrayList<>();
      boolean wild = GlobPattern.hasWildcard(comp, compActive);
      for (int r = 0; r < spelled.size(); r++) {
        String sp = spelled.get(r);
        Path dir = reached.get(r);
        if (!wild) {
          nextSpelled.add(sp + comp + (last ? "" : "/"));
          nextReached.add(comp.isEmpty() ? dir : dir.resolve(comp));
          continue;
        }
        for (String name : matches(dir, comp, compActive, paths)) {
          Path p = dir.resolve(name);
          if (!last && !Files.isDirectory(p)) {
            continue;
          }
          nextSpelled.add(sp + name + (last ? "" : "/"));
          nextReached.add(p);
        }
      }
      spelled = nextSpelled;
      reached = nextReached;
    }
    List<String> out = new ArrayList<>();
    for (int r = 0; r < spelled.size(); r++) {
      Path p = reached.get(r).normalize();
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && paths.contains(p)) {
        out.add(spelled.get(r));
      }
    }
    out.sort(NameOrder.BY_CODE_POINT);
    return out;
  }

  private static List<String> matches(Path dir, String comp, BitSet active, WorkspacePaths paths) {
    Path normal = dir.normalize();
    if (!paths.contains(normal) || !Files.isDirectory(normal)) {
      return List.of();
    }
    try {
      if (!paths.contains(normal.toRealPath())) {
        return List.of();
      }
    } catch (IOException e) {
      return List.of();
    }
    Pattern p = GlobPattern.compile(comp, active);
    boolean dotted = comp.startsWith(".");
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(normal)) {
      for (Path child : s) {
        String name = child.getFileName().toString();
        if ((dotted || !name.startsWith(".")) && p.matcher(name).matches()) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    names.sort(NameOrder.BY_CODE_POINT);
    return names;
  }
}
