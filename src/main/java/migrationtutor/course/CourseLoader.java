package migrationtutor.course;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a course: every {@code .md} file under a folder (README files aside) is a lesson. The
 * bundled course is the repository's {@code lessons/} folder, packaged into the jar; {@code
 * --lessons DIR} loads another.
 */
public final class CourseLoader {
  /** The folder of the bundled course, in the jar and in the repository. */
  public static final String BUNDLED = "lessons";

  /**
   * A loaded course and every authoring mistake found on the way.
   *
   * @param course the lessons that could be read
   * @param diagnostics the mistakes, in file and line order
   */
  public record Loaded(Course course, List<Diagnostic> diagnostics) {}

  private CourseLoader() {}

  /** The course bundled with the tutor. */
  public static Loaded bundled() {
    Path location;
    try {
      location =
          Path.of(CourseLoader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("the tutor cannot find its own files: " + e.getMessage(), e);
    }
    try {
      if (Files.isDirectory(location)) {
        Path dir = location.resolve(BUNDLED);
        return load(Files.isDirectory(dir) ? read(dir, BUNDLED + "/") : Map.of());
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        Path dir = jar.getPath("/" + BUNDLED);
        return load(Files.isDirectory(dir) ? read(dir, BUNDLED + "/") : Map.of());
      }
    } catch (IOException e) {
      throw new IllegalStateException("the bundled lessons cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The course in a folder, or the single lesson in a file.
   *
   * @throws IOException when the path cannot be read
   */
  public static Loaded from(Path path) throws IOException {
    String shown = path.toString();
    if (Files.isRegularFile(path)) {
      return load(Map.of(shown, Files.readString(path, StandardCharsets.UTF_8)));
    }
    if (!Files.isDirectory(path)) {
      throw new IOException(shown + " is neither a lesson file nor a folder of lessons");
    }
    return load(read(path, shown.endsWith("/") ? shown : shown + "/"));
  }

  private static Map<String, String> read(Path dir, String prefix) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).equals("readme.md"))
          .filter(Files::isRegularFile)
          .forEach(files::add);
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Path f : files.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList()) {
      String rel = dir.relativize(f).toString().replace('\\', '/');
      out.put(prefix + rel, Files.readString(f, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Parses lesson texts by file name, and reports ids and orders used twice. */
  static Loaded load(Map<String, String> files) {
    List<Diagnostic> out = new ArrayList<>();
    List<Lesson> lessons = new ArrayList<>();
    Map<String, String> idFiles = new HashMap<>();
    Map<String, String> orderFiles = new HashMap<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      String file = e.getKey();
      LessonParser.Parsed p = LessonParser.parse(file, e.getValue(), out);
      boolean duplicate = false;
      String id = p.front().get("id");
      if (id != null && !id.isEmpty()) {
        String first = idFiles.putIfAbsent(id, file);
        if (first != null) {
          out.add(
              new Diagnostic(
                  file,
                  p.frontLines().get("id"),
                  "lesson id '" + id + "' is already used by " + first));
          duplicate = true;
        }
      }
      String order = p.front().get("order");
      if (order != null && !order.isEmpty()) {
        String first = orderFiles.putIfAbsent(order, file);
        if (first != null) {
          out.add(
              new Diagnostic(
                  file,
                  p.frontLines().get("order"),
                  "order " + order + " is already used by " + first));
          duplicate = true;
        }
      }
      if (p.lesson() != null && !duplicate) {
        lessons.add(p.lesson());
      }
    }
    if (files.isEmpty()) {
      out.add(new Diagnostic("(course)", 1, "there are no lesson files (*.md)"));
    }
    out.sort(
        (a, b) ->
            a.file().equals(b.file())
                ? Integer.compare(a.line(), b.line())
                : a.file().compareTo(b.file()));
    return new Loaded(new Course(lessons), out);
  }
}
