package migrationtutor.sandbox.sqlite3;

import java.util.List;

/**
 * SQL that would reach files outside the learner's database: ATTACH (of any file), VACUUM INTO,
 * load_extension() and the PRAGMAs that move SQLite's own files. The real shell runs them; the
 * tutor refuses them before SQLite sees them (extension loading is also disabled on the connection,
 * so load_extension() could not work anyway).
 */
final class SandboxSql {
  private SandboxSql() {}

  /** The refusal message for the statement, or null when it may run. */
  static String refusal(byte[] z, List<SqlToken> solid) {
    int i = 0;
    if (i < solid.size() && solid.get(i).isWord(z, "explain")) {
      i++;
      if (i + 1 < solid.size()
          && solid.get(i).isWord(z, "query")
          && solid.get(i + 1).isWord(z, "plan")) {
        i += 2;
      }
    }
    if (i < solid.size() && solid.get(i).isWord(z, "attach")) {
      return notAvailable("ATTACH");
    }
    if (i < solid.size() && solid.get(i).isWord(z, "vacuum")) {
      for (int k = i + 1; k < solid.size(); k++) {
        if (solid.get(k).isWord(z, "into")) {
          return notAvailable("VACUUM INTO");
        }
      }
    }
    if (i < solid.size() && solid.get(i).isWord(z, "pragma")) {
      for (int k = i + 1; k < solid.size() && k <= i + 3; k++) {
        if (solid.get(k).isWord(z, "temp_store_directory")
            || solid.get(k).isWord(z, "data_store_directory")) {
          return notAvailable("PRAGMA " + solid.get(k).text(z).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    for (int k = 0; k + 1 < solid.size(); k++) {
      if (solid.get(k).isWord(z, "load_extension") && solid.get(k + 1).kind() == SqlToken.Kind.LP) {
        return notAvailable("load_extension()");
      }
    }
    return null;
  }

  static String notAvailable(String what) {
    return what + " is not available in the tutor's sandbox";
  }
}
