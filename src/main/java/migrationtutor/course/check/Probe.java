package migrationtutor.course.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.PythonError;

/**
 * Everything one round of checks may look at, each read at most once and only when a check asks:
 * the workspace's files, a copy of its database, its revisions, migration trials (from the shared
 * {@link TrialCache}), the lesson's expected schemas, and the transcript since the lesson began.
 */
public final class Probe implements AutoCloseable {
  /** The learner's database file, at the workspace root. */
  public static final String DATABASE = "database.db";

  private final Path root;
  private final String starter;
  private final Map<String, ExpectedSchema> schemas;
  private final List<TranscriptRecord> transcript;
  private final TrialCache trials;
  private DatabaseView database;
  private RevisionFacts revisions;
  private String digest;

  /**
   * @param root the workspace
   * @param starter its starter project (whose rows {@code rows-kept} compares with)
   * @param schemas the lesson's expected schemas
   * @param transcript the commands that count for this lesson, oldest first
   * @param trials where migration trials are kept between rounds
   */
  public Probe(
      Path root,
      String starter,
      Map<String, ExpectedSchema> schemas,
      List<TranscriptRecord> transcript,
      TrialCache trials) {
    this.root = root;
    this.starter = starter;
    this.schemas = Map.copyOf(schemas);
    this.transcript = List.copyOf(transcript);
    this.trials = trials;
  }

  /** Evaluates {@code checks} in order; a check that cannot look fails with the reason. */
  public List<CheckResult> run(List<Check> checks) {
    List<CheckResult> out = new ArrayList<>();
    for (Check c : checks) {
      CheckResult r = evaluate(c);
      // Two checks can fail for one reason (alembic.ini missing fails both "exists alembic.ini"
      // and "ini script_location"); the learner is told it once.
      boolean repeated =
          !r.passed() && out.stream().anyMatch(o -> !o.passed() && o.message().equals(r.message()));
      if (!repeated) {
        out.add(r);
      }
    }
    return out;
  }

  private CheckResult evaluate(Check c) {
    try {
      return c.evaluate(this);
    } catch (Unavailable e) {
      return CheckResult.fail(c, e.getMessage());
    } catch (PythonError e) {
      return CheckResult.fail(c, "the database cannot be read: " + e.getMessage());
    } catch (RuntimeException e) {
      return CheckResult.fail(
          c,
          "the tutor could not check this ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")");
    }
  }

  Path root() {
    return root;
  }

  String starter() {
    return starter;
  }

  List<TranscriptRecord> transcript() {
    return transcript;
  }

  ExpectedSchema schema(String name) {
    ExpectedSchema s = schemas.get(name);
    if (s == null) {
      throw new Unavailable("the lesson has no schema called " + name);
    }
    return s;
  }

  /** A copy of the learner's database. */
  DatabaseView database() {
    if (database == null) {
      Path file = root.resolve(DATABASE);
      if (!Files.isRegularFile(file)) {
        throw new Unavailable(DATABASE + " does not exist");
      }
      try {
        database = DatabaseView.copyOf(file);
      } catch (IOException e) {
        throw new Unavailable(DATABASE + " cannot be read: " + e.getMessage());
      }
    }
    return database;
  }

  RevisionFacts revisions() {
    if (revisions == null) {
      revisions = RevisionFacts.read(root);
    }
    return revisions;
  }

  /** The trial of the revision with {@code message}, run now unless the files are unchanged. */
  MigrationTrial trial(String message) {
    if (digest == null) {
      try {
        digest = ProjectDigest.of(root);
      } catch (IOException e) {
        throw new Unavailable("the project's files cannot be read: " + e.getMessage());
      }
    }
    String key = digest + "\n" + RevisionFacts.slug(message);
    MigrationTrial t = trials.get(key);
    if (t == null) {
      t = MigrationTrial.run(root, starter, message);
      trials.put(key, t);
    }
    return t;
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
