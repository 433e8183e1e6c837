package migrationtutor.engine.env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import migrationtutor.engine.load.PythonFiles;
import migrationtutor.engine.pyeval.Interpreter;
import migrationtutor.engine.pyeval.PyList;
import migrationtutor.engine.pyeval.PyModule;
import migrationtutor.engine.pyeval.PyStr;
import migrationtutor.engine.pyeval.PyValue;

/**
 * The learner's own Python modules ({@code app.models}, {@code app.core.database}), found on {@code
 * sys.path} the way Python finds them — packages with {@code __init__.py}, plain modules, namespace
 * packages — and evaluated tolerantly. Nothing outside the sandbox root is searched.
 */
public final class ProjectModules {
  private final PyList sysPath;
  private final Path workingDir;
  private final Path root;
  private final PythonFiles files;
  private final Map<String, Path> packageDirs = new HashMap<>();
  private Interpreter interpreter;

  public ProjectModules(PyList sysPath, Path workingDir, Path root, PythonFiles files) {
    this.sysPath = sysPath;
    this.workingDir = workingDir;
    this.root = root;
    this.files = files;
  }

  /** Sets the interpreter that evaluates the modules (built after the resolver that uses this). */
  public void useInterpreter(Interpreter interpreter) {
    this.interpreter = interpreter;
  }

  /**
   * Whether a top-level module of this name exists in the project's folder even though {@code
   * sys.path} does not reach it: the learner's own code, which Python would fail to import
   * (ModuleNotFoundError), rather than an installed package the sandbox does not model.
   */
  boolean existsOffPath(String name) {
    String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    return find(workingDir, top).isPresent();
  }

  /** Whether {@code name} is one of the project's packages (seen so far). */
  boolean isPackage(String name) {
    return packageDirs.containsKey(name);
  }

  /** The package a module belongs to: itself for a package, else its parent. */
  String packageOf(String module) {
    if (packageDirs.containsKey(module)) {
      return module;
    }
    int dot = module.lastIndexOf('.');
    return dot < 0 ? "" : module.substring(0, dot);
  }

  /** Finds and evaluates a module, caching it in {@code modules} before its body runs. */
  Optional<PyValue> load(String name, Map<String, PyValue> modules) {
    int dot = name.lastIndexOf('.');
    Optional<Path> found;
    if (dot < 0) {
      found = findTopLevel(name);
    } else {
      Path parentDir = packageDirs.get(name.substring(0, dot));
      found = parentDir == null ? Optional.empty() : find(parentDir, name.substring(dot + 1));
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Path p = found.get();
    if (Files.isDirectory(p)) {
      packageDirs.put(name, p);
      Path init = p.resolve("__init__.py");
      if (!Files.isRegularFile(init)) {
        PyModule namespace = new PyModule(name);
        modules.put(name, namespace);
        return Optional.of(namespace);
      }
      return Optional.of(run(name, init, modules));
    }
    return Optional.of(run(name, p, modules));
  }

  private PyModule run(String name, Path file, Map<String, PyValue> modules) {
    PyModule module = new PyModule(name, file.toString());
    if (packageDirs.containsKey(name)) {
      module.put("__path__", new PyList(java.util.List.of(new PyStr(file.getParent().toString()))));
    }
    modules.put(name, module);
    try {
      interpreter.execute(files.parse(file), module);
    } catch (RuntimeException e) {
      // A module that failed to import is not left half-initialised in sys.modules (as CPython).
      modules.remove(name);
      throw e;
    }
    return module;
  }

  private Optional<Path> findTopLevel(String name) {
    for (PyValue entry : sysPath.items()) {
      if (!(entry instanceof PyStr s)) {
        continue;
      }
      Path dir = workingDir.resolve(s.value().isEmpty() ? "." : s.value()).normalize();
      if (!dir.startsWith(root) || !Files.isDirectory(dir)) {
        continue;
      }
      Optional<Path> found = find(dir, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> find(Path dir, String name) {
    Path pkg = dir.resolve(name);
    if (Files.isRegularFile(pkg.resolve("__init__.py"))) {
      return Optional.of(pkg);
    }
    Path module = dir.resolve(name + ".py");
    if (Files.isRegularFile(module)) {
      return Optional.of(module);
    }
    if (Files.isDirectory(pkg)) {
      return Optional.of(pkg);
    }
    return Optional.empty();
  }
}
