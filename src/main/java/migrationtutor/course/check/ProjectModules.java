package migrationtutor.course.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import migrationtutor.engine.pysrc.PyParser;

/**
 * The project's own Python modules (every {@code .py} file outside the Alembic folder, named as
 * Python would import it from the workspace root), summarized, so that env.py's imports can be
 * followed to the declarative Base and the models.
 */
final class ProjectModules {
  final Map<String, PyModuleSummary> modules = new LinkedHashMap<>();

  static ProjectModules scan(Path root, Path scriptDir) {
    ProjectModules p = new ProjectModules();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f))
          .filter(f -> !f.startsWith(scriptDir))
          .forEach(files::add);
    } catch (IOException e) {
      return p;
    }
    Set<String> names = new LinkedHashSet<>();
    for (Path f : files) {
      String n = moduleName(root, f);
      if (n != null) {
        names.add(n);
      }
    }
    for (Path f : files) {
      String n = moduleName(root, f);
      if (n == null) {
        continue;
      }
      try {
        var module = PyParser.parse(Files.readString(f, StandardCharsets.UTF_8), f.toString());
        p.modules.put(
            n,
            PyModuleSummary.of(
                n, f.getFileName().toString().equals("__init__.py"), module, names::contains));
      } catch (IOException | RuntimeException e) {
        // A module that does not parse defines nothing the check can rely on.
      }
    }
    return p;
  }

  /**
   * {@code app/core/database.py} is {@code app.core.database}; hidden and tutor folders are not.
   */
  private static String moduleName(Path root, Path file) {
    List<String> parts = new ArrayList<>();
    for (Path part : root.relativize(file)) {
      String s = part.toString();
      if (s.startsWith(".") || s.equals("__pycache__")) {
        return null;
      }
      parts.add(s);
    }
    String last = parts.remove(parts.size() - 1);
    if (!last.equals("__init__.py")) {
      parts.add(last.substring(0, last.length() - 3));
    }
    return parts.isEmpty() ? null : String.join(".", parts);
  }

  /** The base a name in {@code m} stands for, as {@code module:Name}, or null. */
  String resolveBase(PyModuleSummary m, String local, int depth) {
    if (m == null || depth > 8) {
      return null;
    }
    if (m.bases.contains(local)) {
      return m.name + ":" + local;
    }
    PyModuleSummary.Binding b = m.bindings.get(local);
    if (b != null && b.attr() != null) {
      return resolveBase(modules.get(b.module()), b.attr(), depth + 1);
    }
    for (String star : m.starModules) {
      String r = resolveBase(modules.get(star), local, depth + 1);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** Where the project defines its declarative bases, as {@code module:Name}. */
  List<String> bases() {
    List<String> out = new ArrayList<>();
    modules.forEach((n, m) -> m.bases.forEach(b -> out.add(n + ":" + b)));
    return out;
  }

  /** The modules defining model classes on {@code base}. */
  List<String> modelModules(String base) {
    List<String> out = new ArrayList<>();
    for (PyModuleSummary m : modules.values()) {
      for (PyModuleSummary.ModelClass c : m.models) {
        String b =
            c.baseAttr() == null
                ? resolveBase(m, c.baseName(), 0)
                : moduleBinding(m, c.baseName())
                    .map(mod -> resolveBase(modules.get(mod), c.baseAttr(), 0))
                    .orElse(null);
        if (base.equals(b) && !out.contains(m.name)) {
          out.add(m.name);
        }
      }
    }
    return out;
  }

  /** The module a local name binds, if it binds one. */
  java.util.Optional<String> moduleBinding(PyModuleSummary m, String local) {
    PyModuleSummary.Binding b = m.bindings.get(local);
    return b != null && b.attr() == null
        ? java.util.Optional.of(b.module())
        : java.util.Optional.empty();
  }

  /** Every project module loaded when {@code start}'s imports run, following their imports. */
  Set<String> reachable(PyModuleSummary start) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(start.importedModules);
    while (!todo.isEmpty()) {
      String n = todo.pop();
      PyModuleSummary m = modules.get(n);
      if (m != null && seen.add(n)) {
        todo.addAll(m.importedModules);
      }
    }
    return seen;
  }
}
