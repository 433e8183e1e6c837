package migrationtutor.engine.pyeval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import migrationtutor.engine.pysrc.Span;

/**
 * The state one {@link Interpreter} shares between its parts: configuration (policy, module loader,
 * limits, print callback), the builtins, and the per-run budget of steps and call depth.
 */
final class Runtime {
  final EvalPolicy policy;
  final ModuleLoader loader;
  final Limits limits;
  final Consumer<String> printer;
  final Numbers numbers;
  final ScopeAnalyzer analyzer = new ScopeAnalyzer();
  final List<EvalNote> notes = new ArrayList<>();
  final Map<String, PyValue> builtins;
  final Operators ops;
  final Comparisons comparisons;
  final ExprEvaluator exprs;
  final StmtExecutor stmts;
  final Methods methods;

  /** Exceptions being handled, innermost first, for a bare {@code raise}. */
  final Deque<PyException> handling = new ArrayDeque<>();

  private long steps;

  /** The node being evaluated, for notes and limit errors raised without a location. */
  private Span currentSpan;

  private Scope currentScope;
  private long sizeUnits;
  private int callDepth;
  private int entries;

  Runtime(EvalPolicy policy, ModuleLoader loader, Limits limits, Consumer<String> printer) {
    this.policy = policy;
    this.loader = loader;
    this.limits = limits;
    this.printer = printer;
    this.numbers = new Numbers(limits.maxIntBits());
    this.ops = new Operators(this);
    this.comparisons = new Comparisons(this);
    this.exprs = new ExprEvaluator(this);
    this.stmts = new StmtExecutor(this);
    this.methods = new Methods(this);
    this.builtins = Builtins.create(this);
  }

  /** Counts one evaluated node; the budget running out ends the run. */
  void tick(Span span, Scope scope) {
    currentSpan = span;
    currentScope = scope;
    if (++steps > limits.maxSteps()) {
      throw new EvalLimitError(
          limits.maxSteps(),
          span,
          scope == null ? null : scope.file(),
          scope == null ? null : scope.function);
    }
  }

  /** Counts work proportional to a size (one step per 16 elements or characters made). */
  void chargeSize(long size) {
    sizeUnits += size;
    if (sizeUnits >= 16) {
      steps += sizeUnits / 16;
      sizeUnits %= 16;
      if (steps > limits.maxSteps()) {
        tick(currentSpan, currentScope);
      }
    }
  }

  /**
   * Counts work that compares or calls per element (==, in, index, count): one step per 4 elements,
   * as each costs far more than copying one.
   */
  void chargeWork(long elements) {
    chargeSize(elements * 4);
  }

  /** Refuses to make a new str or container bigger than {@link Limits#maxSize()}; charges it. */
  void checkSize(long size) {
    checkLimit(size);
    chargeSize(size);
  }

  /** Refuses a str or container growing past {@link Limits#maxSize()} (growth is charged apart). */
  void checkLimit(long size) {
    if (size > limits.maxSize()) {
      throw PyException.memoryError(
          "the result would have "
              + size
              + " elements or characters; the tutor's evaluator stops at "
              + limits.maxSize()
              + " to protect memory");
    }
  }

  /**
   * Runs an entry point (module, function call, expression): resets the budget at the outermost
   * entry and turns every Java failure into a PyException so nothing else escapes.
   */
  <T> T enter(Supplier<T> body) {
    if (entries == 0) {
      steps = 0;
      sizeUnits = 0;
      callDepth = 0;
      handling.clear();
    }
    entries++;
    try {
      return body.get();
    } catch (PyException | EvalLimitError | SubsetError | HostError e) {
      throw e;
    } catch (StackOverflowError e) {
      throw recursionError();
    } catch (OutOfMemoryError e) {
      throw PyException.memoryError("the script needs more memory than the tutor allows");
    } catch (RuntimeException e) {
      throw internal(e);
    } finally {
      entries--;
    }
  }

  static PyException recursionError() {
    return new PyException("RecursionError", "maximum recursion depth exceeded");
  }

  /** A Java failure (a bug in the evaluator or a binding) as a Python SystemError. */
  static PyException internal(RuntimeException e) {
    return new PyException(
        "SystemError",
        "internal error in the tutor's evaluator: "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
  }

  /** Python truthiness; unknown values are decided by the policy's hook. */
  boolean truth(PyValue v, Span span, Scope scope) {
    if (v instanceof PyUnknown u) {
      Scope s = scope != null ? scope : currentScope;
      Span where = span != null ? span : currentSpan;
      String file = s == null ? null : s.file();
      return policy
          .unknownTruth()
          .truthOf(u, file, where, message -> notes.add(new EvalNote(file, where, message)));
    }
    return v.truthy();
  }

  /** Records a note at a place (null for the node being evaluated). */
  void note(Scope scope, Span span, String message) {
    Scope s = scope != null ? scope : currentScope;
    notes.add(
        new EvalNote(s == null ? null : s.file(), span != null ? span : currentSpan, message));
  }

  /** {@code callee(args)}. */
  PyValue call(PyValue callee, Args args) {
    if (callee instanceof PyNative n) {
      PyValue result = n.call(args);
      return result == null ? PyNone.NONE : result;
    }
    if (callee instanceof PyUnknown u) {
      return u.called();
    }
    throw PyException.typeError("'" + callee.typeName() + "' object is not callable");
  }

  /** Calls a function the script defined. */
  PyValue callFunction(PyFunction f, Args args) {
    return enter(
        () -> {
          BoundArgs bound = f.signature().bind(args);
          Scope scope = Scope.function(f.module(), f.info(), f.closure(), f.name());
          scope.qualname = f.qualname();
          scope.vars.putAll(bound.asMap());
          if (f.info().generator()) {
            throw new PyException(
                "NotImplementedError",
                "generator functions (using yield) are "
                    + "not supported by the tutor's evaluator: "
                    + f.qualname()
                    + "() uses yield");
          }
          if (f.isAsync()) {
            return new PyCoroutine(f, () -> enter(() -> runBody(f, scope)));
          }
          return runBody(f, scope);
        });
  }

  private PyValue runBody(PyFunction f, Scope scope) {
    if (++callDepth > limits.maxCallDepth()) {
      callDepth--;
      throw recursionError();
    }
    try {
      if (f.lambda() != null) {
        return exprs.eval(f.lambda().body(), scope);
      }
      stmts.execBlock(f.def().body(), scope);
      return scope.returnValue;
    } finally {
      callDepth--;
    }
  }

  /** {@code obj.name}. */
  PyValue attribute(PyValue obj, String name) {
    if (obj instanceof PyNative n) {
      PyValue v = n.attribute(name);
      if (v == null) {
        throw n.noAttribute(name);
      }
      return v;
    }
    if (obj instanceof PyUnknown u) {
      return u.attribute(name);
    }
    PyValue m = methods.lookup(obj, name);
    if (m == null) {
      throw PyException.attributeError(
          "'" + obj.typeName() + "' object has no attribute '" + name + "'");
    }
    return m;
  }

  /** {@code obj.name = value}. */
  void setAttribute(PyValue obj, String name, PyValue value) {
    if (obj instanceof PyNative n) {
      n.setAttribute(name, value);
    } else if (!(obj instanceof PyUnknown)) {
      String what =
          methods.lookup(obj, name) != null
              ? "attribute '" + name + "' is read-only"
              : "has no attribute '" + name + "'";
      throw PyException.attributeError("'" + obj.typeName() + "' object " + what);
    }
  }
}
