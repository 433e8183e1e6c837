package migrationtutor.course.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import migrationtutor.engine.config.IniFile;

/** The checks on files: exists, missing, contains, matches, and alembic.ini options. */
final class FileChecks {
  private FileChecks() {}

  static CheckResult exists(Check.Exists c, Probe p) {
    if (!PathGlob.find(p.root(), c.path()).isEmpty()) {
      return CheckResult.pass(c);
    }
    return CheckResult.fail(c, notThere(c.path()));
  }

  static CheckResult missing(Check.Missing c, Probe p) {
    List<Path> found = PathGlob.find(p.root(), c.path());
    if (found.isEmpty()) {
      return CheckResult.pass(c);
    }
    return CheckResult.fail(c, p.root().relativize(found.get(0)) + " exists, but should not");
  }

  static CheckResult contains(Check.Contains c, Probe p) {
    String wanted = blanks(c.text());
    for (String text : texts(c.path(), p)) {
      if (blanks(text).contains(wanted)) {
        return CheckResult.pass(c);
      }
    }
    return CheckResult.fail(c, c.path() + " does not contain `" + c.text() + "`");
  }

  static CheckResult matches(Check.Matches c, Probe p) {
    Pattern re = Pattern.compile(c.regex(), Pattern.MULTILINE);
    for (String text : texts(c.path(), p)) {
      if (re.matcher(text).find()) {
        return CheckResult.pass(c);
      }
    }
    return CheckResult.fail(c, c.path() + " has no line matching /" + c.regex() + "/");
  }

  static CheckResult ini(Check.IniOption c, Probe p) {
    Optional<String> value = iniValue(p.root(), c.key());
    if (value.isEmpty()) {
      return CheckResult.fail(c, "alembic.ini has no " + c.key() + " in its [alembic] section");
    }
    String v = value.get().strip();
    if (v.equals(c.value()) || sameSqliteFile(v, c.value())) {
      return CheckResult.pass(c);
    }
    return CheckResult.fail(
        c,
        c.key() + " in alembic.ini is " + (v.isEmpty() ? "empty" : v) + ", expected " + c.value());
  }

  /** An option of alembic.ini's [alembic] section, interpolated as configparser does. */
  static Optional<String> iniValue(Path root, String key) {
    Path ini = root.resolve("alembic.ini");
    if (!Files.isRegularFile(ini)) {
      throw new Unavailable("alembic.ini does not exist");
    }
    try {
      String text = Files.readString(ini, StandardCharsets.UTF_8);
      return IniFile.parse(text, ini.toString(), Map.of("here", root.toString()))
          .get("alembic", key);
    } catch (IOException | RuntimeException e) {
      throw new Unavailable("alembic.ini cannot be read: " + e.getMessage());
    }
  }

  /** {@code sqlite:///database.db} and {@code sqlite:///./database.db} name the same file. */
  private static boolean sameSqliteFile(String a, String b) {
    String prefix = "sqlite:///";
    if (!a.startsWith(prefix) || !b.startsWith(prefix)) {
      return false;
    }
    String pa = a.substring(prefix.length());
    String pb = b.substring(prefix.length());
    if (pa.isEmpty() || pb.isEmpty() || pa.startsWith("/") != pb.startsWith("/")) {
      return false;
    }
    return Path.of(pa).normalize().equals(Path.of(pb).normalize());
  }

  /** The texts of the files a path names; none existing is a failure of its own. */
  private static List<String> texts(String path, Probe p) {
    List<Path> files = PathGlob.find(p.root(), path).stream().filter(Files::isRegularFile).toList();
    if (files.isEmpty()) {
      throw new Unavailable(notThere(path));
    }
    return files.stream()
        .map(
            f -> {
              try {
                return Files.readString(f, StandardCharsets.UTF_8);
              } catch (IOException e) {
                return "";
              }
            })
        .toList();
  }

  static String notThere(String path) {
    return path.contains("*") || path.contains("?")
        ? "no file matches " + path
        : path + " does not exist";
  }

  /** Runs of blanks as one space, so layout does not count. */
  private static String blanks(String s) {
    return s.replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n");
  }
}
