package migrationtutor.engine.pyeval;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python subset a strict evaluation accepts: which constructs, which modules may be imported
 * (by top-level package), which builtin names may not even be mentioned (with the reason shown),
 * and whether dunder attributes ({@code x.__class__}) are refused. {@link #REVISION_SCRIPT} is the
 * subset for Alembic revision scripts.
 *
 * @param scriptKind how violations name the scripts, e.g. {@code migration scripts}
 * @param allowed the constructs allowed
 * @param allowedModules top-level packages that may be imported, in the order messages list them
 * @param forbiddenNames builtin names refused wherever they appear, each with the reason shown
 * @param forbidDunderAttributes whether attribute names starting with {@code __} are refused
 */
public record Subset(
    String scriptKind,
    Set<Construct> allowed,
    List<String> allowedModules,
    Map<String, String> forbiddenNames,
    boolean forbidDunderAttributes) {

  /** The subset for revision scripts. */
  public static final Subset REVISION_SCRIPT =
      new Subset(
          "migration scripts",
          EnumSet.of(
              Construct.IMPORT,
              Construct.ASSIGN,
              Construct.AUG_ASSIGN,
              Construct.ANN_ASSIGN,
              Construct.FUNCTION_DEF,
              Construct.WITH,
              Construct.RETURN,
              Construct.RAISE),
          List.of("alembic", "sqlalchemy", "datetime", "decimal", "enum", "typing"),
          revisionForbidden(),
          true);

  public Subset {
    allowed = Set.copyOf(allowed);
    allowedModules = List.copyOf(allowedModules);
    forbiddenNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(forbiddenNames));
  }

  /** Whether a construct is allowed. */
  public boolean allows(Construct c) {
    return allowed.contains(c);
  }

  /** This subset with more importable top-level packages. */
  public Subset withModules(String... modules) {
    List<String> all = new java.util.ArrayList<>(allowedModules);
    all.addAll(List.of(modules));
    return new Subset(scriptKind, allowed, all, forbiddenNames, forbidDunderAttributes);
  }

  /** This subset with more constructs allowed. */
  public Subset allowing(Construct... constructs) {
    EnumSet<Construct> all = EnumSet.noneOf(Construct.class);
    all.addAll(allowed);
    all.addAll(List.of(constructs));
    return new Subset(scriptKind, all, allowedModules, forbiddenNames, forbidDunderAttributes);
  }

  private static Map<String, String> revisionForbidden() {
    Map<String, String> m = new LinkedHashMap<>();
    String strings = "migration scripts cannot run code built from strings";
    String attrs = "write attribute names out, as in sa.String";
    String namespaces = "migration scripts cannot inspect namespaces; use the names directly";
    m.put("open", "migration scripts describe schema changes and cannot read or write files");
    m.put("eval", strings);
    m.put("exec", strings);
    m.put("compile", strings);
    m.put("__import__", "write an import statement for an allowed module");
    m.put("globals", namespaces);
    m.put("locals", namespaces);
    m.put("vars", namespaces);
    m.put("getattr", attrs);
    m.put("setattr", attrs);
    m.put("delattr", attrs);
    m.put("input", "migrations run unattended and cannot ask for input");
    m.put("breakpoint", "the tutor has no debugger");
    m.put("exit", "a migration cannot stop the tutor; raise an exception to fail it");
    m.put("quit", "a migration cannot stop the tutor; raise an exception to fail it");
    m.put("memoryview", "migration scripts cannot work with raw memory");
    m.put("__builtins__", namespaces);
    return m;
  }
}
