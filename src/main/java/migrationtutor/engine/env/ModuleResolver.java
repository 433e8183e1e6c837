package migrationtutor.engine.env;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import migrationtutor.engine.pyeval.ModuleLoader;
import migrationtutor.engine.pyeval.PyException;
import migrationtutor.engine.pyeval.PyUnknown;
import migrationtutor.engine.pyeval.PyValue;

/**
 * Python's import system for evaluated code: a {@code sys.modules} cache, then the modules the
 * engine provides (standard library, SQLAlchemy, Alembic), then the project's own modules found on
 * {@code sys.path}, and finally — for tolerant callers only — an unknown module for a package that
 * the learner's real environment would have installed.
 */
public final class ModuleResolver implements ModuleLoader {
  private final List<Function<String, Optional<PyValue>>> providers;
  private final ProjectModules project;
  private final boolean tolerant;
  private final Map<String, PyValue> modules = new HashMap<>();

  /**
   * @param providers modules by dotted name that the engine implements, asked in order
   * @param project the project's own modules, or null when scripts may not import them
   * @param tolerant whether an unknown module is an unknown value rather than ModuleNotFoundError
   */
  public ModuleResolver(
      List<Function<String, Optional<PyValue>>> providers,
      ProjectModules project,
      boolean tolerant) {
    this.providers = List.copyOf(providers);
    this.project = project;
    this.tolerant = tolerant;
  }

  @Override
  public PyValue load(String name, int level, String importer) {
    String absolute = level == 0 ? name : relative(name, level, importer);
    PyValue cached = modules.get(absolute);
    if (cached != null) {
      return cached;
    }
    for (Function<String, Optional<PyValue>> provider : providers) {
      Optional<PyValue> found = provider.apply(absolute);
      if (found.isPresent()) {
        modules.put(absolute, found.get());
        return found.get();
      }
    }
    int dot = absolute.lastIndexOf('.');
    if (dot > 0 && !modules.containsKey(absolute.substring(0, dot))) {
      // Python imports a.b before a.b.c, so a missing 'a' is what the error names.
      load(absolute.substring(0, dot), 0, importer);
    }
    if (project != null) {
      Optional<PyValue> found = project.load(absolute, modules);
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (tolerant
        && level == 0
        && !isProjectPackage(absolute)
        && (project == null || !project.existsOffPath(absolute))) {
      PyValue unknown = new PyUnknown("module '" + absolute + "'");
      modules.put(absolute, unknown);
      return unknown;
    }
    throw ModuleLoader.notFound(absolute);
  }

  /** Whether the project's own package or submodule of one is being imported. */
  private boolean isProjectPackage(String name) {
    // A missing submodule of one of the project's own packages is a real ModuleNotFoundError.
    int dot = name.indexOf('.');
    return project != null && dot > 0 && project.isPackage(name.substring(0, dot));
  }

  private String relative(String name, int level, String importer) {
    String pkg = project == null ? importer : project.packageOf(importer);
    String[] parts = pkg == null || pkg.isEmpty() ? new String[0] : pkg.split("\\.");
    if (level - 1 > parts.length || parts.length == 0) {
      throw new PyException(
          "ImportError", "attempted relative import with no known parent" + " package");
    }
    String base = String.join(".", java.util.Arrays.copyOf(parts, parts.length - (level - 1)));
    return name == null ? base : base + "." + name;
  }
}
