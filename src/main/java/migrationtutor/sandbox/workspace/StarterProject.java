package migrationtutor.sandbox.workspace;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A starter project bundled with the tutor: the folder {@code sandbox/NAME/} of the repository,
 * packaged into the jar under {@code /sandbox/NAME/}. Its files are copied into a new workspace,
 * except {@code database.sql}, which {@link StarterDatabase} turns into {@code database.db} (no
 * binary database is shipped).
 */
final class StarterProject {
  /** The text the starter's database is built from. */
  static final String DATABASE_SQL = "database.sql";

  private StarterProject() {}

  /** Copies starter {@code name} into {@code target} and returns the database script, if any. */
  static String copyTo(String name, Path target) throws IOException {
    if (!name.matches("[A-Za-z0-9_-]+")) {
      throw new WorkspaceException("There is no starter project called '" + name + "'.");
    }
    Path location = codeLocation();
    if (Files.isDirectory(location)) {
      return copyTree(location.resolve("sandbox").resolve(name), target, name);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return copyTree(jar.getPath("/sandbox", name), target, name);
    }
  }

  private static String copyTree(Path source, Path target, String name) throws IOException {
    if (!Files.isDirectory(source)) {
      throw new WorkspaceException(
          "There is no starter project called '" + name + "' in this build of the tutor.");
    }
    String script = null;
    List<Path> entries = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(source)) {
      walk.forEach(entries::add);
    }
    for (Path p : entries) {
      String rel = source.relativize(p).toString();
      if (rel.isEmpty()) {
        continue;
      }
      Path dest = target.resolve(rel);
      if (Files.isDirectory(p)) {
        Files.createDirectories(dest);
      } else if (rel.equals(DATABASE_SQL)) {
        script = Files.readString(p);
      } else {
        Files.createDirectories(dest.getParent());
        Files.copy(p, dest);
      }
    }
    return script;
  }

  /** The jar the tutor runs from, or the classes folder in a development build. */
  private static Path codeLocation() {
    CodeSource source = StarterProject.class.getProtectionDomain().getCodeSource();
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new WorkspaceException(
          "The tutor cannot find its own files ("
              + e.getMessage()
              + "); run it with java -jar tutor.jar.",
          e);
    }
  }
}
