package migrationtutor.engine.pysrc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parses the installed Alembic and SQLAlchemy packages (when present): thousands of lines of real
 * Python. Without CPython every file must parse; with it, our tree must equal CPython's, node for
 * node and position for position.
 */
class RealFilesTest {
  static final Path DIST = Path.of("/usr/lib/python3/dist-packages");

  private static List<Path> files() throws Exception {
    List<Path> files = new ArrayList<>(Cpython.pyFiles(DIST.resolve("alembic")));
    files.addAll(Cpython.pyFiles(DIST.resolve("sqlalchemy")));
    return files;
  }

  @Test
  void everyInstalledFileParses() throws Exception {
    Path sqlalchemy = DIST.resolve("sqlalchemy");
    assumeTrue(Files.isDirectory(sqlalchemy), "SQLAlchemy is not installed here");
    List<Path> files = files();
    List<String> failures = new ArrayList<>();
    long chars = 0;
    long start = System.nanoTime();
    for (Path f : files) {
      String source = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      chars += source.length();
      try {
        PyParser.parse(source, f.toString());
      } catch (PySyntaxError e) {
        failures.add(e.getMessage());
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "parsed %d files (%d chars) of alembic+sqlalchemy in %d ms%n", files.size(), chars, millis);
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " files failed:\n"
            + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
  }

  @Test
  void treesMatchCpython() throws Exception {
    assumeTrue(Cpython.available(), "no CPython to compare with");
    List<Path> files = files();
    assumeTrue(!files.isEmpty(), "SQLAlchemy is not installed here");
    // The standard library adds a thousand more files of every construct.
    files.addAll(Cpython.pyFiles(Path.of("/usr/lib/python3.11")));
    Map<Path, List<String>> expected = Cpython.dump(files);
    List<String> diffs = new ArrayList<>();
    for (Path f : files) {
      List<String> ours = Cpython.ours(f);
      if (expected.get(f) != null
          && String.join("\n", expected.get(f)).contains("no dumper for Match")
          && ours.get(0).contains("'match' statements are not supported")) {
        continue; // match statements are knowingly unsupported
      }
      String diff = Differences.first(expected.get(f), ours);
      if (diff != null) {
        diffs.add(f + ": " + diff);
      }
    }
    assertTrue(
        diffs.isEmpty(),
        diffs.size()
            + " files differ from CPython:\n"
            + String.join("\n", diffs.subList(0, Math.min(10, diffs.size()))));
  }
}
