package migrationtutor.sandbox.shell;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shell's mutable state: the current and previous directory, the variables (and which are
 * exported to commands such as {@code alembic}), the last exit status, and whether {@code exit} was
 * asked for. A {@code make} recipe line runs on a copy, as each runs in its own shell.
 */
final class ShellState {
  Path cwd;
  Path previous;
  final Map<String, String> variables = new LinkedHashMap<>();
  final Set<String> exported = new TreeSet<>();
  int lastStatus;
  Integer exitStatus;

  /** Completion for the input a running command reads (sqlite3's prompt), if it offers one. */
  java.util.function.BiFunction<String, Integer, java.util.List<Candidate>> inputCompletion;

  ShellState(Path cwd) {
    this.cwd = cwd;
  }

  ShellState copy() {
    ShellState s = new ShellState(cwd);
    s.previous = previous;
    s.variables.putAll(variables);
    s.exported.addAll(exported);
    s.lastStatus = lastStatus;
    return s;
  }

  String get(String name) {
    return variables.getOrDefault(name, "");
  }

  void set(String name, String value) {
    variables.put(name, value);
  }

  /** The environment commands see: the exported variables. */
  Map<String, String> environment() {
    Map<String, String> env = new TreeMap<>();
    for (String name : exported) {
      String v = variables.get(name);
      if (v != null) {
        env.put(name, v);
      }
    }
    return env;
  }
}
