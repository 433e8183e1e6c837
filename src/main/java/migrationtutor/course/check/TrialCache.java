package migrationtutor.course.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps the last migration trials, keyed by the project's files and the revision's message, so that
 * checks after a command that changed no file (ls, cat, sqlite3) cost no migration run. One cache
 * serves a whole tutor session; it is safe to share between threads.
 */
public final class TrialCache {
  private static final int SIZE = 16;

  private final Map<String, MigrationTrial> trials =
      new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, MigrationTrial> eldest) {
          return size() > SIZE;
        }
      };

  synchronized MigrationTrial get(String key) {
    return trials.get(key);
  }

  synchronized void put(String key, MigrationTrial trial) {
    trials.put(key, trial);
  }
}
