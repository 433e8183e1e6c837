package migrationtutor.engine.pyeval;

/**
 * A value of the engine's static Python evaluator.
 *
 * <p>The tutor never runs Python. Revision scripts, env.py, Mako expressions and models are
 * evaluated by a small interpreter whose only effects are what native bindings ({@link PyNative}:
 * {@code op.add_column}, {@code sa.Column}, {@code context.configure}, ...) choose to do.
 */
public sealed interface PyValue
    permits PyNone,
        PyBool,
        PyInt,
        PyFloat,
        PyStr,
        PyBytes,
        PyTuple,
        PyList,
        PyDict,
        PySet,
        PyNative,
        PyUnknown {

  /** The Python type name used in messages, e.g. {@code str}, {@code NoneType}. */
  String typeName();

  /** Python truthiness. */
  boolean truthy();

  /** Python {@code repr()}. */
  String repr();

  /** Python {@code str()}. */
  default String str() {
    return repr();
  }
}
