package migrationtutor.engine.pyeval;

import java.util.Iterator;

/**
 * A host object visible to evaluated Python: a module such as {@code sqlalchemy}, a function such
 * as {@code op.add_column}, a schema object such as a {@code Column}.
 *
 * <p>Every method has Python's default behaviour (the error Python would raise), so a binding only
 * implements what its Python counterpart supports.
 */
public non-sealed interface PyNative extends PyValue {
  @Override
  default boolean truthy() {
    return true;
  }

  @Override
  default String repr() {
    return "<" + typeName() + " object>";
  }

  /**
   * {@code obj.name}; null when there is no such attribute (the evaluator raises AttributeError).
   */
  default PyValue attribute(String name) {
    return null;
  }

  /**
   * The AttributeError for a missing attribute; modules override it to say {@code module 'x' has no
   * attribute 'y'} as CPython does.
   */
  default PyException noAttribute(String name) {
    return PyException.attributeError(
        "'" + typeName() + "' object has no attribute '" + name + "'");
  }

  /** {@code obj.name = value}. */
  default void setAttribute(String name, PyValue value) {
    throw PyException.attributeError(
        "'" + typeName() + "' object attribute '" + name + "' is read-only");
  }

  /** {@code obj(args)}. */
  default PyValue call(Args args) {
    throw PyException.typeError("'" + typeName() + "' object is not callable");
  }

  /** {@code obj[key]}. */
  default PyValue item(PyValue key) {
    throw PyException.typeError("'" + typeName() + "' object is not subscriptable");
  }

  /** {@code obj[key] = value}. */
  default void setItem(PyValue key, PyValue value) {
    throw PyException.typeError("'" + typeName() + "' object does not support item assignment");
  }

  /** {@code len(obj)}. */
  default int length() {
    throw PyException.typeError("object of type '" + typeName() + "' has no len()");
  }

  /** {@code with obj as x:} entry; returns what is bound to {@code x}. */
  default PyValue enter() {
    throw PyException.typeError(
        "'" + typeName() + "' object does not support the context manager protocol");
  }

  /** {@code with} exit; {@code error} is the exception leaving the block, or null. */
  default void exit(PyException error) {}

  /** {@code await obj}: runs an awaitable and returns its result. */
  default PyValue awaited() {
    throw PyException.typeError("object " + typeName() + " can't be used in 'await' expression");
  }

  /** {@code for x in obj:}. */
  default Iterator<PyValue> iterate() {
    throw PyException.typeError("'" + typeName() + "' object is not iterable");
  }

  /**
   * A binary operator or comparison with this object on either side ({@code t.c.x == 5} builds a
   * SQL expression). Returns null when not supported, as Python's {@code NotImplemented}.
   *
   * <p>For {@code x in obj} the container is asked with operator {@code in} and {@code reflected}
   * true; a null answer falls back to iterating it.
   *
   * @param operator the Python operator text: {@code +}, {@code ==}, {@code in}, {@code -x} for
   *     unary minus, {@code ~x}, {@code +x}
   * @param reflected whether this object is the right-hand operand
   */
  default PyValue operator(String operator, PyValue other, boolean reflected) {
    return null;
  }
}
