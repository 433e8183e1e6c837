/**
 * A small, safe interpreter for parsed Python: the tutor never runs Python, it evaluates the
 * learner's revision scripts, env.py, Mako expressions and models with {@link
 * migrationtutor.engine.pyeval.Interpreter}, whose only effects are what Java bindings ({@link
 * migrationtutor.engine.pyeval.PyNative}) choose to do.
 *
 * <p>Entry points: {@code Interpreter.builder().policy(...).loader(...).limits(...).print(...)
 * .build()}, then {@code execute(module, name)} to run a {@link migrationtutor.engine.pysrc.Module}
 * into a {@link migrationtutor.engine.pyeval.PyModule}, {@code call(module, "upgrade",
 * Args.none())} to call a function it defined, and {@code evaluate(expr, namespace)} for single
 * expressions. Bindings build modules from {@code PyModule} and functions from {@link
 * migrationtutor.engine.pyeval.NativeFunction}, binding arguments with {@link
 * migrationtutor.engine.pyeval.Signature} for CPython's TypeErrors.
 *
 * <p>Policies: {@link migrationtutor.engine.pyeval.EvalPolicy#revisionScript()} checks a module
 * against {@link migrationtutor.engine.pyeval.Subset#REVISION_SCRIPT} before running it ({@link
 * migrationtutor.engine.pyeval.SubsetError}); {@link
 * migrationtutor.engine.pyeval.EvalPolicy#tolerant()} runs anything and carries {@link
 * migrationtutor.engine.pyeval.PyUnknown} values from unmodelled modules through, recording {@link
 * migrationtutor.engine.pyeval.EvalNote}s.
 *
 * <p>Failures: {@link migrationtutor.engine.pyeval.PyException} (Python's exception, with CPython
 * 3.11's message and the file, span and function where it was raised), {@link
 * migrationtutor.engine.pyeval.EvalLimitError} (step budget spent) and {@code SubsetError}. Nothing
 * else escapes: Java failures become {@code SystemError}, stack exhaustion {@code RecursionError},
 * memory caps {@code MemoryError}.
 *
 * <p>Not supported (each raises a PyException naming it): instances of user classes, generators
 * ({@code yield}), complex numbers, {@code except*}, {@code match} (rejected by the parser).
 */
package migrationtutor.engine.pyeval;
