package migrationtutor.course.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import migrationtutor.engine.pysrc.Alias;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Module;
import migrationtutor.engine.pysrc.Stmt;

/**
 * What a Python module's top level says about models, read from its syntax tree without running it:
 * the names its imports bind, the modules they load, the declarative bases it defines ({@code Base
 * = declarative_base()}, {@code class Base(DeclarativeBase)}), its model classes (those with a
 * {@code __tablename__}), and its top-level assignments.
 */
final class PyModuleSummary {
  /** What an imported name is: a module ({@code attr} null) or a name in one. */
  record Binding(String module, String attr, int line) {}

  /** A class with {@code __tablename__}, and the name its first base is written as. */
  record ModelClass(String name, String baseName, String baseAttr) {}

  final String name;
  final Map<String, Binding> bindings = new LinkedHashMap<>();
  final List<String> starModules = new ArrayList<>();
  final Set<String> importedModules = new LinkedHashSet<>();
  final Set<String> bases = new LinkedHashSet<>();
  final List<ModelClass> models = new ArrayList<>();
  final Map<String, Stmt> assignments = new LinkedHashMap<>();
  private final boolean isPackage;
  private final Predicate<String> isModule;

  private PyModuleSummary(String name, boolean isPackage, Predicate<String> isModule) {
    this.name = name;
    this.isPackage = isPackage;
    this.isModule = isModule;
  }

  /**
   * @param name the module's dotted name ({@code app.models}; empty for env.py)
   * @param isPackage whether it is a package's {@code __init__.py}
   * @param isModule whether a dotted name is a module of the project
   */
  static PyModuleSummary of(String name, boolean isPackage, Module m, Predicate<String> isModule) {
    PyModuleSummary s = new PyModuleSummary(name, isPackage, isModule);
    s.statements(m.body());
    return s;
  }

  private void statements(List<Stmt> body) {
    for (Stmt st : body) {
      if (st instanceof Stmt.Import i) {
        for (Alias a : i.names()) {
          addModule(a.name());
          if (a.asName() != null) {
            bindings.put(a.asName(), new Binding(a.name(), null, i.span().line()));
          } else {
            String first = a.name().split("\\.")[0];
            bindings.put(first, new Binding(first, null, i.span().line()));
          }
        }
      } else if (st instanceof Stmt.ImportFrom f) {
        importFrom(f);
      } else if (st instanceof Stmt.Assign a) {
        for (Expr t : a.targets()) {
          if (t instanceof Expr.Name n) {
            assignments.put(n.id(), st);
            if (isBaseFactory(a.value())) {
              bases.add(n.id());
            }
          }
        }
      } else if (st instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
        assignments.put(n.id(), st);
      } else if (st instanceof Stmt.ClassDef c) {
        classDef(c);
      } else if (st instanceof Stmt.If i) {
        statements(i.body());
        statements(i.orelse());
      } else if (st instanceof Stmt.Try t) {
        statements(t.body());
        statements(t.orelse());
        statements(t.finalbody());
      } else if (st instanceof Stmt.With w) {
        statements(w.body());
      }
    }
  }

  private void importFrom(Stmt.ImportFrom f) {
    String module = f.module() == null ? "" : f.module();
    if (f.level() > 0) {
      List<String> parts = new ArrayList<>(List.of(name.split("\\.")));
      int drop = f.level() - (isPackage ? 1 : 0);
      for (int i = 0; i < drop && !parts.isEmpty(); i++) {
        parts.remove(parts.size() - 1);
      }
      String base = String.join(".", parts);
      module = base.isEmpty() ? module : module.isEmpty() ? base : base + "." + module;
    }
    addModule(module);
    for (Alias a : f.names()) {
      if (a.name().equals("*")) {
        starModules.add(module);
        continue;
      }
      String local = a.asName() != null ? a.asName() : a.name();
      String sub = module.isEmpty() ? a.name() : module + "." + a.name();
      if (isModule.test(sub)) {
        importedModules.add(sub);
        bindings.put(local, new Binding(sub, null, f.span().line()));
      } else {
        bindings.put(local, new Binding(module, a.name(), f.span().line()));
      }
    }
  }

  private void addModule(String dotted) {
    String prefix = "";
    for (String part : dotted.split("\\.")) {
      prefix = prefix.isEmpty() ? part : prefix + "." + part;
      importedModules.add(prefix);
    }
  }

  private void classDef(Stmt.ClassDef c) {
    for (Expr b : c.bases()) {
      String n =
          b instanceof Expr.Name nm ? nm.id() : b instanceof Expr.Attribute at ? at.attr() : "";
      if (n.equals("DeclarativeBase") || n.equals("DeclarativeBaseNoMeta")) {
        bases.add(c.name());
      }
    }
    boolean table = false;
    for (Stmt st : c.body()) {
      if (st instanceof Stmt.Assign a
          && a.targets().stream()
              .anyMatch(t -> t instanceof Expr.Name n && n.id().equals("__tablename__"))) {
        table = true;
      } else if (st instanceof Stmt.AnnAssign a
          && a.target() instanceof Expr.Name n
          && n.id().equals("__tablename__")) {
        table = true;
      }
    }
    if (table && !c.bases().isEmpty()) {
      Expr b = c.bases().get(0);
      if (b instanceof Expr.Name n) {
        models.add(new ModelClass(c.name(), n.id(), null));
      } else if (b instanceof Expr.Attribute at && at.value() instanceof Expr.Name n) {
        models.add(new ModelClass(c.name(), n.id(), at.attr()));
      }
    }
  }

  /**
   * {@code declarative_base(...)}, {@code orm.declarative_base()}, {@code
   * registry().generate_base()}.
   */
  private static boolean isBaseFactory(Expr value) {
    if (!(value instanceof Expr.Call call)) {
      return false;
    }
    String f =
        call.func() instanceof Expr.Name n
            ? n.id()
            : call.func() instanceof Expr.Attribute a ? a.attr() : "";
    return f.equals("declarative_base") || f.equals("generate_base");
  }
}
