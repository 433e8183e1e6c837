package migrationtutor.sandbox.shell;

import java.util.Collection;
import java.util.Map;
import migrationtutor.engine.util.EditDistance;

/**
 * The answer to a command the sandbox does not have: what it is not, what is there instead (a hint
 * for the tools learners reach for, or the nearest command name), and the full list.
 */
final class NotAvailable {
  private static final String NO_PYTHON =
      "The tutor runs no Python programs: its migration engine"
          + " reads env.py and the revision files without running them. Read the app's code with"
          + " cat main.py.";
  private static final Map<String, String> HINTS =
      Map.ofEntries(
          Map.entry(
              "pip",
              "Nothing needs installing: alembic, SQLAlchemy and sqlite3 are built into"
                  + " the tutor."),
          Map.entry(
              "pip3",
              "Nothing needs installing: alembic, SQLAlchemy and sqlite3 are built into"
                  + " the tutor."),
          Map.entry("uvicorn", NO_PYTHON),
          Map.entry("fastapi", NO_PYTHON),
          Map.entry("pytest", NO_PYTHON),
          Map.entry("flask", NO_PYTHON),
          Map.entry("git", "git is not part of the sandbox; undo takes back your last change."),
          Map.entry(
              "bash",
              "You are in the tutor's shell already; it runs one command line at a" + " time."),
          Map.entry(
              "sh",
              "You are in the tutor's shell already; it runs one command line at a" + " time."),
          Map.entry(
              "zsh",
              "You are in the tutor's shell already; it runs one command line at a" + " time."),
          Map.entry("sudo", "Nothing in the sandbox needs sudo: the workspace is yours."),
          Map.entry("ln", "Links are not available in the sandbox; use cp to copy a file."),
          Map.entry("less", "Use cat, head -n 40 or sed -n '10,30p' to read a file."),
          Map.entry("more", "Use cat, head -n 40 or sed -n '10,30p' to read a file."),
          Map.entry("awk", "Use grep or sed -n 'A,Bp' to pick lines from a file."),
          Map.entry("find", "Use tree or ls -la to see what is in a folder, grep -r to search."),
          Map.entry("rmdir", "Use rm -r FOLDER."),
          Map.entry("chmod", "File permissions do not matter in the sandbox."),
          Map.entry("emacs", "Use edit FILE: it opens your $VISUAL or $EDITOR."),
          Map.entry("sqlite", "The command is sqlite3."));

  private NotAvailable() {}

  static String message(String name, Collection<String> available) {
    String shown = Printable.of(name);
    StringBuilder b = new StringBuilder(Executor.PREFIX);
    if (name.contains("/")) {
      b.append(shown)
          .append(": running programs from files is not available in the tutor's" + " sandbox. ")
          .append(NO_PYTHON)
          .append('\n');
    } else {
      String hint = HINTS.containsKey(name) ? HINTS.get(name) : sqlHint(name);
      String near = hint == null ? nearest(name, available) : null;
      if (near != null) {
        b.append(shown).append(": command not found. Did you mean ").append(near).append('?');
      } else {
        b.append(shown).append(": command not available in the tutor's sandbox.");
      }
      if (hint != null) {
        b.append(' ').append(hint);
      }
      b.append('\n');
      if (hint != null || near != null) {
        // A learner who made a typo needs the one name, not the whole list.
        return b.append("Type help for the list of commands.\n").toString();
      }
    }
    b.append("Available: ").append(String.join(", ", available)).append(" (help describes each)\n");
    return b.toString();
  }

  /** A hint for SQL or a sqlite3 dot command typed at the shell's prompt. */
  private static String sqlHint(String name) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    if (java.util.Set.of(
            "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "PRAGMA", "WITH")
        .contains(upper)) {
      return "That is SQL: run it with sqlite3, e.g. sqlite3 database.db \"SELECT * FROM"
          + " todos\", or start sqlite3 database.db and type it at the sqlite> prompt.";
    }
    if (name.startsWith(".") && name.length() > 1 && Character.isLetter(name.charAt(1))) {
      return "That is a sqlite3 command: sqlite3 database.db "
          + name
          + ", or type it at the"
          + " sqlite> prompt of sqlite3 database.db.";
    }
    return null;
  }

  /** The command within two edits of {@code name}, if exactly one is closest. */
  private static String nearest(String name, Collection<String> available) {
    if (name.length() > 40) {
      return null;
    }
    String best = null;
    int bestDistance = 3;
    for (String a : available) {
      int d = EditDistance.of(name.toLowerCase(java.util.Locale.ROOT), a);
      if (d < bestDistance) {
        best = a;
        bestDistance = d;
      }
    }
    return best;
  }
}
