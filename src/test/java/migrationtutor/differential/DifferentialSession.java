package migrationtutor.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The same project twice — one copy driven by real Alembic, one by the tutor's engine — with every
 * command run on both and everything a learner could observe compared: exit status, stdout, stderr
 * (after {@link Normalizer}), the revision files, and the database.
 */
final class DifferentialSession {
  private final Path real;
  private final Path ours;
  private final Normalizer realNorm;
  private final Normalizer ourNorm;
  private final List<String> log = new ArrayList<>();
  private final List<String> databases = new ArrayList<>(List.of("database.db"));
  private boolean constraintOrderVaries;

  private DifferentialSession(Path real, Path ours) {
    this.real = real;
    this.ours = ours;
    this.realNorm = new Normalizer(real.toString());
    this.ourNorm = new Normalizer(ours.toString());
  }

  /** Two fresh copies of a sandbox starter under {@code tmp}. */
  static DifferentialSession of(String starter, Path tmp) {
    RealAlembic.assumeAvailable();
    try {
      Path real = Files.createDirectories(tmp.resolve("real").resolve("project"));
      Path ours = Files.createDirectories(tmp.resolve("ours").resolve("project"));
      ProjectFixture.create(starter, real);
      ProjectFixture.create(starter, ours);
      return new DifferentialSession(real.toRealPath(), ours.toRealPath());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs {@code alembic args...} on both and asserts everything observable is the same. */
  DifferentialSession alembic(String... args) {
    return run(false, args);
  }

  /**
   * Like {@link #alembic} for output whose order real Alembic takes from a Python set or from
   * directory order: the lines are compared as sorted lists, and so are the ids listed on a
   * "Branches into:" line (Alembic joins the {@code nextrev} set).
   */
  DifferentialSession alembicUnordered(String... args) {
    return run(true, args);
  }

  /** Like {@link #alembic}, run from a subdirectory of the project (e.g. {@code app}). */
  DifferentialSession alembicIn(String subdirectory, String... args) {
    return run(subdirectory, false, args);
  }

  private DifferentialSession run(boolean unordered, String... args) {
    return run(".", unordered, args);
  }

  /**
   * Like {@link #alembic} with real Alembic run through a test script that adds a command 1.8.1
   * lacks (Alembic 1.9's {@code check}).
   */
  DifferentialSession alembicVia(Path script, String... args) {
    RunResult r = RealAlembic.runScript(real, script, List.of(args), Map.of());
    return compare(r, ".", false, args);
  }

  private DifferentialSession run(String subdirectory, boolean unordered, String... args) {
    RunResult r = RealAlembic.run(real.resolve(subdirectory).normalize(), List.of(args), Map.of());
    return compare(r, subdirectory, unordered, args);
  }

  private DifferentialSession compare(
      RunResult r, String subdirectory, boolean unordered, String... args) {
    RunResult o = TutorAlembic.run(ours.resolve(subdirectory).normalize(), List.of(args), Map.of());
    realNorm.learnRevisions(r.stdout() + r.stderr());
    ourNorm.learnRevisions(o.stdout() + o.stderr());
    String label =
        (subdirectory.equals(".") ? "" : "(in " + subdirectory + ") ")
            + "alembic "
            + String.join(" ", args);
    log.add(label);
    assertEquals(
        shape(r, realNorm, unordered),
        shape(o, ourNorm, unordered),
        "after: " + String.join(" ; ", log));
    compareFiles(label);
    compareDatabase(label);
    return this;
  }

  private static String shape(RunResult r, Normalizer n, boolean unordered) {
    String out = n.apply(r.stdout());
    String err = n.apply(r.stderr());
    if (unordered) {
      out = sorted(out);
      err = sorted(err);
    }
    return "[exit " + r.exitCode() + "]\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }

  private static String sorted(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("Branches into: ")) {
        String[] ids = lines[i].substring("Branches into: ".length()).split(", ");
        Arrays.sort(ids);
        lines[i] = "Branches into: " + String.join(", ", ids);
      }
    }
    Arrays.sort(lines);
    return String.join("\n", lines);
  }

  /** Replaces text in a file of both projects (the text must occur exactly once in each). */
  DifferentialSession edit(String file, String from, String to) {
    for (Path root : List.of(real, ours)) {
      Path p = root.resolve(file);
      try {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " in " + root + " lacks: " + from);
        assertEquals(
            text.indexOf(from),
            text.lastIndexOf(from),
            file + " in " + root + " has more than one: " + from);
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return this;
  }

  /** Writes a file in both projects. */
  DifferentialSession write(String file, String content) {
    for (Path root : List.of(real, ours)) {
      try {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return this;
  }

  /** Copies a file within each project (e.g. alembic.ini to a variant used with -c). */
  DifferentialSession copy(String from, String to) {
    for (Path root : List.of(real, ours)) {
      try {
        Files.copy(
            root.resolve(from),
            root.resolve(to),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return this;
  }

  /**
   * Replaces a file of the engine's project with real Alembic's (e.g. the alembic.ini real {@code
   * init} wrote), so both tools then run on the same text.
   */
  DifferentialSession useRealFile(String file) {
    try {
      Files.copy(
          real.resolve(file),
          ours.resolve(file),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return this;
  }

  /** Deletes a file in both projects. */
  DifferentialSession delete(String file) {
    for (Path root : List.of(real, ours)) {
      try {
        Files.deleteIfExists(root.resolve(file));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return this;
  }

  /** Runs SQL on both databases, as a learner would with sqlite3. */
  DifferentialSession sql(String script) {
    ProjectFixture.executeScript(real.resolve("database.db"), script);
    ProjectFixture.executeScript(ours.resolve("database.db"), script);
    return this;
  }

  /** Configures env.py and alembic.ini as the core course's exercise 2 does. */
  DifferentialSession configureForPersonalTodo() {
    edit(
        "alembic.ini",
        "sqlalchemy.url = driver://user:pass@localhost/dbname",
        "sqlalchemy.url = sqlite:///database.db");
    edit(
        "alembic/env.py",
        "from alembic import context\n",
        "from alembic import context\n\n"
            + "from app.core.database import Base\nimport app.models  # noqa: F401\n");
    edit("alembic/env.py", "target_metadata = None", "target_metadata = Base.metadata");
    return this;
  }

  private void compareFiles(String label) {
    assertEquals(
        revisionFiles(real, realNorm),
        revisionFiles(ours, ourNorm),
        "revision files after: " + label);
  }

  private static Map<String, String> revisionFiles(Path root, Normalizer n) {
    Map<String, String> files = new TreeMap<>();
    Path versions = root.resolve("alembic/versions");
    if (!Files.isDirectory(versions)) {
      return files;
    }
    try (Stream<Path> s = Files.list(versions)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (p.toString().endsWith(".py")) {
          files.put(
              n.apply(p.getFileName().toString()),
              n.apply(Files.readString(p, StandardCharsets.UTF_8)));
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return files;
  }

  /**
   * Compares another SQLite file too after every later command (e.g. one a mistyped sqlalchemy.url
   * makes), including whether it exists.
   */
  DifferentialSession alsoCompareDatabase(String file) {
    databases.add(file);
    compareDatabase("(now)");
    return this;
  }

  /** Asserts that a file (relative to the project) is the same in both, or absent from both. */
  DifferentialSession compareFile(String file) {
    assertEquals(
        fileText(real.resolve(file), realNorm),
        fileText(ours.resolve(file), ourNorm),
        file + " after: " + String.join(" ; ", log));
    return this;
  }

  private static String fileText(Path p, Normalizer n) {
    try {
      return Files.exists(p) ? n.apply(Files.readString(p, StandardCharsets.UTF_8)) : "<absent>";
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * From now on, compares the table-level constraint lines of every CREATE TABLE as a sorted list.
   * Only for sessions that batch-rebuild a table with several unnamed constraints (UNIQUE and
   * FOREIGN KEY): real Alembic orders them by iterating a Python set of constraint objects, so the
   * order changes between identical runs.
   */
  DifferentialSession constraintOrderVaries() {
    constraintOrderVaries = true;
    return this;
  }

  private void compareDatabase(String label) {
    for (String db : databases) {
      String r = realNorm.apply(DatabaseDump.of(real.resolve(db)));
      String o = ourNorm.apply(DatabaseDump.of(ours.resolve(db)));
      if (constraintOrderVaries) {
        r = DatabaseDump.withSortedConstraints(r);
        o = DatabaseDump.withSortedConstraints(o);
      }
      assertEquals(r, o, db + " after: " + label);
    }
  }
}
