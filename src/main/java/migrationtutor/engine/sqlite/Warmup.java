package migrationtutor.engine.sqlite;

import org.sqlite.SQLiteConfig;

/**
 * Loads the SQLite driver (its native library, its configuration classes, the JDK locale data they
 * pull in) on a background thread while the command parses its files, since nearly every command
 * that reaches a database pays for it once per process.
 */
public final class Warmup {
  private static boolean started;

  private Warmup() {}

  /** Starts the warm-up once per process; harmless if the driver is never used. */
  public static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Thread t = new Thread(Warmup::run, "sqlite-warmup");
    t.setDaemon(true);
    t.start();
  }

  private static void run() {
    try {
      NativeLibrary.prepare();
      new SQLiteConfig().toProperties();
      org.sqlite.core.NativeDB.load();
    } catch (Exception | LinkageError e) {
      // The connection made later reports any real problem in the learner's terms.
    }
  }
}
