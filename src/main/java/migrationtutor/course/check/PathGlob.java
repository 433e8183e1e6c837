package migrationtutor.course.check;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The files a lesson's path names in a workspace: a relative path whose parts may hold {@code *}
 * and {@code ?} (a revision file is {@code alembic/versions/*_add_deleted_at_column.py}, because
 * its id is random). Never leaves the workspace and never looks in {@code .tutor}.
 */
public final class PathGlob {
  private PathGlob() {}

  /** The existing paths matching {@code pattern} under {@code root}, sorted. */
  public static List<Path> find(Path root, String pattern) {
    List<Path> current = new ArrayList<>(List.of(root));
    for (String part : pattern.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..") || part.equals(".tutor")) {
        return List.of();
      }
      List<Path> next = new ArrayList<>();
      for (Path dir : current) {
        if (!part.contains("*") && !part.contains("?")) {
          Path p = dir.resolve(part);
          if (Files.exists(p)) {
            next.add(p);
          }
          continue;
        }
        Pattern re = Pattern.compile(toRegex(part));
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
          for (Path p : s) {
            String name = p.getFileName().toString();
            if (re.matcher(name).matches() && !(name.startsWith(".") && !part.startsWith("."))) {
              next.add(p);
            }
          }
        } catch (IOException e) {
          // not a folder, or unreadable: nothing matches under it
        }
      }
      current = next;
    }
    current.sort(null);
    return current.size() == 1 && current.get(0).equals(root) ? List.of() : current;
  }

  /** The one file {@code pattern} names. */
  public static Path single(Path root, String pattern) throws IOException {
    List<Path> found = find(root, pattern);
    if (found.size() != 1) {
      throw new IOException(
          found.isEmpty()
              ? "no file matches " + pattern
              : found.size() + " files match " + pattern + ", expected one");
    }
    return found.get(0);
  }

  private static String toRegex(String glob) {
    StringBuilder b = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> b.append(".*");
        case '?' -> b.append('.');
        default -> b.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return b.toString();
  }
}
