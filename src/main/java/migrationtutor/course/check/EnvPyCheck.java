package migrationtutor.course.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.PyParser;
import migrationtutor.engine.pysrc.PySyntaxError;
import migrationtutor.engine.pysrc.Stmt;

/**
 * {@code target-metadata}: env.py's {@code target_metadata} resolves to the project's models. The
 * engine does not yet expose what a models module defines, so this follows env.py's syntax tree
 * (parsed by the engine's {@link PyParser}) and the project's modules statically: {@code
 * target_metadata} must be assigned {@code X.metadata} at the top level, {@code X} must be imported
 * before that line and lead, through imports and re-exports, to a declarative base the project
 * defines, and env.py's imports must load a module whose classes use that base.
 */
final class EnvPyCheck {
  private EnvPyCheck() {}

  static CheckResult evaluate(Check.TargetMetadata c, Probe p) {
    Path root = p.root();
    String location =
        FileChecks.iniValue(root, "script_location")
            .orElseThrow(() -> new Unavailable("alembic.ini has no script_location"));
    Path scriptDir = root.resolve(location.strip()).normalize();
    Path env = scriptDir.resolve("env.py");
    String rel = root.relativize(env).toString();
    if (!Files.isRegularFile(env)) {
      return CheckResult.fail(c, rel + " does not exist");
    }
    Module module;
    try {
      module = PyParser.parse(Files.readString(env, StandardCharsets.UTF_8), rel);
    } catch (PySyntaxError e) {
      return CheckResult.fail(
          c, rel + " has a Python syntax error on line " + e.line() + ": " + e.message());
    } catch (IOException e) {
      return CheckResult.fail(c, rel + " cannot be read: " + e.getMessage());
    }
    ProjectModules project = ProjectModules.scan(root, scriptDir);
    PyModuleSummary envPy = PyModuleSummary.of("", false, module, project.modules::containsKey);
    List<String> bases = project.bases();
    String hint = bases.isEmpty() ? "" : " (" + importOf(bases.get(0)) + ")";
    Stmt assignment = envPy.assignments.get("target_metadata");
    if (assignment == null) {
      return CheckResult.fail(c, rel + " does not set target_metadata");
    }
    Expr value =
        assignment instanceof Stmt.Assign a ? a.value() : ((Stmt.AnnAssign) assignment).value();
    if (value instanceof Expr.Constant k && k.value() == null) {
      return CheckResult.fail(
          c, rel + " still sets target_metadata = None; set it to Base.metadata" + hint);
    }
    if (!(value instanceof Expr.Attribute meta && meta.attr().equals("metadata"))) {
      return CheckResult.fail(
          c, rel + " sets target_metadata to something else than Base.metadata");
    }
    String shown;
    String base;
    int importLine;
    if (meta.value() instanceof Expr.Name n) {
      shown = n.id();
      PyModuleSummary.Binding b = envPy.bindings.get(n.id());
      if (b == null && envPy.starModules.isEmpty()) {
        return CheckResult.fail(
            c, rel + " uses " + shown + " but does not import it" + hint.replace("(", "(add: "));
      }
      importLine = b == null ? 0 : b.line();
      base = project.resolveBase(envPy, n.id(), 0);
    } else if (meta.value() instanceof Expr.Attribute at && at.value() instanceof Expr.Name n) {
      shown = n.id() + "." + at.attr();
      PyModuleSummary.Binding b = envPy.bindings.get(n.id());
      if (b == null) {
        return CheckResult.fail(c, rel + " uses " + n.id() + " but does not import it");
      }
      importLine = b.line();
      base =
          b.attr() == null
              ? project.resolveBase(project.modules.get(b.module()), at.attr(), 0)
              : null;
    } else {
      return CheckResult.fail(
          c, rel + " sets target_metadata to something else than Base.metadata");
    }
    int line = assignment.span().line();
    if (importLine > line) {
      return CheckResult.fail(
          c,
          rel
              + " uses "
              + shown
              + " on line "
              + line
              + " but imports it only on line "
              + importLine);
    }
    if (base == null) {
      return CheckResult.fail(
          c,
          "in "
              + rel
              + ", "
              + shown
              + " is not the project's declarative Base"
              + (bases.isEmpty() ? "" : " (that is " + bases.get(0).replace(":", ".") + ")"));
    }
    List<String> models = project.modelModules(base);
    var reached = project.reachable(envPy);
    if (!models.isEmpty() && models.stream().noneMatch(reached::contains)) {
      return CheckResult.fail(
          c,
          rel
              + " imports "
              + shown
              + " but not the models in "
              + models.get(0)
              + ", so "
              + shown
              + ".metadata has no tables (add: "
              + moduleImport(models.get(0))
              + ")");
    }
    return CheckResult.pass(c);
  }

  /** {@code app.core.database:Base} as the line that imports it. */
  private static String importOf(String base) {
    int colon = base.indexOf(':');
    return "from " + base.substring(0, colon) + " import " + base.substring(colon + 1);
  }

  /** {@code app.models} as {@code from app import models}. */
  private static String moduleImport(String module) {
    int dot = module.lastIndexOf('.');
    return dot < 0
        ? "import " + module
        : "from " + module.substring(0, dot) + " import " + module.substring(dot + 1);
  }
}
