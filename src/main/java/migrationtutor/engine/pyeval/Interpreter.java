package migrationtutor.engine.pyeval;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import migrationtutor.engine.pysrc.Expr;
import migrationtutor.engine.pysrc.Module;

/**
 * Evaluates parsed Python ({@link Module}s from {@code migrationtutor.engine.pysrc}) safely: the
 * only effects are what native bindings ({@link PyNative}) do, every run is bounded by {@link
 * Limits}, and a strict {@link EvalPolicy} refuses modules outside a {@link Subset} before running
 * them.
 *
 * <pre>{@code
 * Interpreter py = Interpreter.builder()
 *     .policy(EvalPolicy.revisionScript())
 *     .loader(myLoader)
 *     .build();
 * PyModule script = py.execute(module, "versions.ae1027a6acf");
 * py.call(script, "upgrade", Args.none());
 * }</pre>
 *
 * <p>Failures leave as {@link PyException} (a Python exception, located at the innermost expression
 * or statement that raised it), {@link EvalLimitError} (the step budget ran out) or {@link
 * SubsetError} (strict check failed); nothing else escapes.
 *
 * <p>An interpreter is not thread-safe. One Python call level takes a few KB of Java stack, so a
 * thread with a 1 MB stack may end deep recursion with RecursionError somewhat before {@link
 * Limits#maxCallDepth()}; run scripts on a thread with a 2 MB stack for the full depth.
 */
public final class Interpreter {
  private final Runtime rt;

  private Interpreter(Runtime rt) {
    this.rt = rt;
  }

  /** A builder; by default tolerant, no modules, default limits, print ignored. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy this interpreter applies. */
  public EvalPolicy policy() {
    return rt.policy;
  }

  /** The limits of each run. */
  public Limits limits() {
    return rt.limits;
  }

  /** Notes recorded by tolerant evaluation so far, in order. */
  public List<EvalNote> notes() {
    return List.copyOf(rt.notes);
  }

  /** The subset violations of a module under this interpreter's policy (empty if no subset). */
  public List<SubsetViolation> check(Module module) {
    return rt.policy.subset() == null
        ? List.of()
        : rt.enter(() -> SubsetChecker.check(module, rt.policy.subset()));
  }

  /** Runs a module in a new module namespace named {@code moduleName}. */
  public PyModule execute(Module module, String moduleName) {
    return execute(module, new PyModule(moduleName, module.fileName()));
  }

  /**
   * Runs a module in an existing namespace (which may hold names the caller provides); sets {@code
   * __name__}, {@code __file__} and {@code __doc__} first, as CPython does.
   */
  public PyModule execute(Module module, PyModule namespace) {
    List<SubsetViolation> violations = check(module);
    if (!violations.isEmpty()) {
      throw new SubsetError(module.fileName(), violations);
    }
    return rt.enter(
        () -> {
          namespace.put("__name__", new PyStr(namespace.name()));
          namespace.put(
              "__file__", namespace.file() == null ? PyNone.NONE : new PyStr(namespace.file()));
          namespace.put(
              "__doc__", module.docstring() == null ? PyNone.NONE : new PyStr(module.docstring()));
          rt.stmts.execBlock(module.body(), Scope.module(namespace));
          return namespace;
        });
  }

  /**
   * Calls a function of a module by name, as Alembic calls {@code module.upgrade()}; a missing name
   * raises {@code AttributeError: module 'x' has no attribute 'upgrade'}.
   */
  public PyValue call(PyModule module, String function, Args args) {
    return rt.enter(
        () -> {
          PyValue f = module.get(function);
          if (f == null) {
            throw module.noAttribute(function);
          }
          return rt.call(f, args);
        });
  }

  /** Calls any callable value (a PyFunction, a native, a class...). */
  public PyValue call(PyValue callable, Args args) {
    return rt.enter(() -> rt.call(callable, args));
  }

  /** Evaluates one expression with a module namespace as globals (Mako expressions). */
  public PyValue evaluate(Expr expr, PyModule namespace) {
    return rt.enter(() -> rt.exprs.eval(expr, Scope.module(namespace)));
  }

  /** Configures an interpreter. */
  public static final class Builder {
    private EvalPolicy policy = EvalPolicy.tolerant();
    private ModuleLoader loader = ModuleLoader.NONE;
    private Limits limits = Limits.DEFAULT;
    private Consumer<String> print = text -> {};

    private Builder() {}

    /** Strict or tolerant evaluation. */
    public Builder policy(EvalPolicy p) {
      this.policy = Objects.requireNonNull(p);
      return this;
    }

    /** Supplies imported modules. */
    public Builder loader(ModuleLoader l) {
      this.loader = Objects.requireNonNull(l);
      return this;
    }

    /** Bounds each run. */
    public Builder limits(Limits l) {
      this.limits = Objects.requireNonNull(l);
      return this;
    }

    /** Receives what print() writes (each call's text including its {@code end}). */
    public Builder print(Consumer<String> p) {
      this.print = Objects.requireNonNull(p);
      return this;
    }

    /** The interpreter. */
    public Interpreter build() {
      return new Interpreter(new Runtime(policy, loader, limits, print));
    }
  }
}
