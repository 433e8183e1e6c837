package migrationtutor.course.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A digest of a workspace's project files (not the database, not {@code .tutor}): what a migration
 * trial depends on, so a trial is run again only when the learner changed a file.
 */
final class ProjectDigest {
  private ProjectDigest() {}

  static String of(Path root) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(null);
    for (Path f : files) {
      String rel = root.relativize(f).toString().replace('\\', '/');
      if (skipped(rel)) {
        continue;
      }
      md.update(rel.getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      md.update(Files.readAllBytes(f));
      md.update((byte) 0);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Files a trial does not copy: the tutor's own, the database, Python caches, and big files. */
  static boolean skipped(String rel) {
    return rel.equals(".tutor")
        || rel.startsWith(".tutor/")
        || rel.startsWith(Probe.DATABASE)
        || rel.contains("__pycache__");
  }
}
