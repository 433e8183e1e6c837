package migrationtutor.engine.pyeval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Stmt;

/**
 * A function defined by the script ({@code def upgrade():} or a lambda). Calling it runs its body
 * in the interpreter that defined it, with that interpreter's limits; an {@code async def} returns
 * a {@link PyCoroutine} instead.
 */
public final class PyFunction implements PyNative {
  private final Runtime runtime;
  private final String qualname;
  private final PyModule module;
  private final Signature signature;
  private final Stmt.FunctionDef def;
  private final Expr.Lambda lambda;
  private final ScopeInfo info;
  private final Scope closure;
  private final Map<String, PyValue> attributes = new HashMap<>();

  PyFunction(
      Runtime runtime,
      String qualname,
      PyModule module,
      Signature signature,
      Stmt.FunctionDef def,
      Expr.Lambda lambda,
      ScopeInfo info,
      Scope closure) {
    this.runtime = runtime;
    this.qualname = qualname;
    this.module = module;
    this.signature = signature;
    this.def = def;
    this.lambda = lambda;
    this.info = info;
    this.closure = closure;
  }

  /** The function's name ({@code <lambda>} for a lambda). */
  public String name() {
    return def != null ? def.name() : "<lambda>";
  }

  /** The qualified name errors show, e.g. {@code C.f} or {@code outer.<locals>.inner}. */
  public String qualname() {
    return qualname;
  }

  /** The module whose globals the function sees. */
  public PyModule module() {
    return module;
  }

  /** Whether it was defined with {@code async def}. */
  public boolean isAsync() {
    return def != null && def.isAsync();
  }

  /** The docstring, or null. */
  public String docstring() {
    return def != null ? def.docstring() : null;
  }

  /** The signature its calls are bound to (defaults evaluated when it was defined). */
  public Signature signature() {
    return signature;
  }

  /** The parameter names in order. */
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>();
    for (Signature.Parameter p : signature.parameters()) {
      names.add(p.name());
    }
    return names;
  }

  Stmt.FunctionDef def() {
    return def;
  }

  Expr.Lambda lambda() {
    return lambda;
  }

  ScopeInfo info() {
    return info;
  }

  Scope closure() {
    return closure;
  }

  @Override
  public String typeName() {
    return "function";
  }

  @Override
  public String repr() {
    return "<function " + qualname + ">";
  }

  @Override
  public PyValue attribute(String name) {
    switch (name) {
      case "__name__":
        return new PyStr(name());
      case "__qualname__":
        return new PyStr(qualname);
      case "__module__":
        return new PyStr(module.name());
      case "__doc__":
        return docstring() == null ? PyNone.NONE : new PyStr(docstring());
      default:
        return attributes.get(name);
    }
  }

  @Override
  public void setAttribute(String name, PyValue value) {
    attributes.put(name, value);
  }

  @Override
  public PyValue call(Args args) {
    return runtime.callFunction(this, args);
  }
}
